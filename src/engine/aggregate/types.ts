/**
 * Every aggregator has this signature: the values of the children present and their weights
 * (same length, weights > 0, not necessarily summing to 1) → the parent's value. Missing
 * children are dropped by the caller before this is called, which renormalises the weights.
 */
export type AggregateFn<P = unknown> = (values: readonly number[], weights: readonly number[], params: P) => number;

export const weightSum = (w: readonly number[]): number => w.reduce((a, b) => a + b, 0);
