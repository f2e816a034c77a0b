import type { Column } from './types.js';

/**
 * The observed values of a column, in order: `null` and `NaN` are dropped (as d3-array does),
 * everything else is kept. Returns a new array.
 *
 * @example present([3, null, 1, NaN]) // → [3, 1]
 */
export function present(xs: Column): number[] {
  const out: number[] = [];
  for (const x of xs) if (x !== null && !Number.isNaN(x)) out.push(x);
  return out;
}

/** True for a value that counts as observed: not `null` and not `NaN`. */
export function isPresent(x: number | null | undefined): x is number {
  return x !== null && x !== undefined && !Number.isNaN(x);
}
