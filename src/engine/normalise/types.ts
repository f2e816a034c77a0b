/**
 * What a normaliser knows about its indicator, with direction already applied: every value,
 * bound and target has been negated for a `lower is better` indicator, so that higher is
 * always better here.
 */
export interface NormaliseContext {
  lower: number | null;
  upper: number | null;
  target: number | null;
}

/**
 * Every normaliser has this signature: one indicator's values across countries (null =
 * missing, kept null) → normalised values in the same order. Pure; never mutates `values`.
 */
export type NormaliseFn<P> = (values: readonly (number | null)[], params: P, context: NormaliseContext) => (number | null)[];

export const present = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null);
