import { present } from './present.js';
import type { Column } from './types.js';

/**
 * Sample variance with Bessel's correction, s² = Σ (xᵢ − x̄)² / (n − 1), as R's `var()`.
 * Computed in two passes (mean first), which is accurate for data far from zero.
 *
 * Missing values (`null`, `NaN`) are dropped; fewer than 2 observed values → `null`.
 * A constant column has variance 0.
 *
 * @example variance([2, 4, 4, 4, 5, 5, 7, 9]) // → 4.571428571428571 (= 32/7)
 */
export function variance(xs: Column): number | null {
  const v = present(xs);
  const n = v.length;
  if (n < 2) return null;
  let sum = 0;
  for (const x of v) sum += x;
  const m = sum / n;
  let ss = 0;
  for (const x of v) ss += (x - m) * (x - m);
  return ss / (n - 1);
}
