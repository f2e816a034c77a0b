/**
 * Every mean-type aggregator has this signature: the values of the children present and their
 * weights (same length, weights > 0, not necessarily summing to 1) → the parent's value. Missing
 * children are dropped by the caller before this is called, which renormalises the weights.
 */
export type AggregateFn<P = unknown> = (values: readonly number[], weights: readonly number[], params: P) => number;

/**
 * An aggregator that compares units with each other (Copeland): the children's values of every
 * unit that has a value at the node (rows aligned with `weights`, one entry per child, null where
 * the child is missing or not applicable for that unit) → one parent value per row. A unit's value
 * depends on the other units, so it cannot have AggregateFn's one-unit signature.
 */
export type AggregateAcrossFn = (rows: readonly (readonly (number | null)[])[], weights: readonly number[]) => number[];

export const weightSum = (w: readonly number[]): number => w.reduce((a, b) => a + b, 0);
