import { present } from './present.js';
import type { Column } from './types.js';

/**
 * The p-quantile by linear interpolation between order statistics: R's type 7, the default of
 * R's `quantile()` (Hyndman & Fan 1996, "Sample quantiles in statistical packages", definition 7).
 * With the sorted observed values x₍₁₎ ≤ … ≤ x₍ₙ₎ and h = (n − 1)·p (0-based),
 * Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
 *
 * Missing values (`null`, `NaN`) are dropped; no observed value → `null`; one observed value is
 * every quantile. Throws a RangeError when p is not a number in [0, 1].
 *
 * @example quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25) // → 3.25 (R: quantile(1:10, 0.25))
 */
export function quantile(xs: Column, p: number): number | null {
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`quantile: p = ${String(p)} is not a probability (expected a number from 0 to 1)`);
  }
  const v = present(xs).sort((a, b) => a - b);
  const n = v.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = v[lo] as number;
  const above = v[Math.min(lo + 1, n - 1)] as number;
  return below + (h - lo) * (above - below);
}
