import { quantile } from './quantile.js';
import type { Column } from './types.js';

/**
 * The median: the middle observed value, or the mean of the two middle values when their
 * number is even (the 0.5-quantile of `quantile`, R's `median()`).
 *
 * Missing values (`null`, `NaN`) are dropped; no observed value → `null`.
 *
 * @example median([5, null, 1, 4, 2]) // → 3
 */
export function median(xs: Column): number | null {
  return quantile(xs, 0.5);
}
