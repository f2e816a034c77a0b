import { completePairs } from './complete-pairs.js';
import type { Column } from './types.js';

/**
 * Pearson's product-moment correlation on the pairwise-complete observations:
 * r = Σ (xᵢ − x̄)(yᵢ − ȳ) / √(Σ (xᵢ − x̄)² · Σ (yᵢ − ȳ)²),
 * as R's `cor(x, y, use = "pairwise.complete.obs")`.
 *
 * Missing values: a pair with `null` (or `NaN`) on either side is dropped.
 * Degenerate input: fewer than 3 complete pairs, or either side constant over the complete
 * pairs (zero variance), → `null`. The result is clamped to [−1, 1] against rounding.
 * Throws a RangeError when the columns differ in length.
 *
 * @example pearson([1, 2, 3, 4, null], [2, 4, 5, 9, 1]) // → 0.9647638212377322
 */
export function pearson(x: Column, y: Column): number | null {
  const p = completePairs(x, y);
  return pearsonComplete(p.x, p.y);
}

/** Pearson's r of two aligned arrays with no missing values; the degenerate rule of `pearson`. */
export function pearsonComplete(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
