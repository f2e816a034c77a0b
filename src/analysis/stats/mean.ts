import { present } from './present.js';
import type { Column } from './types.js';

/**
 * Arithmetic mean, x̄ = (1/n) Σ xᵢ, over the observed values.
 *
 * Missing values (`null`, `NaN`) are dropped; no observed value → `null`.
 *
 * @example mean([1, 2, 3, null, 6]) // → 3
 */
export function mean(xs: Column): number | null {
  const v = present(xs);
  if (v.length === 0) return null;
  let sum = 0;
  for (const x of v) sum += x;
  return sum / v.length;
}
