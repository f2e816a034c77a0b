import { isPresent } from './present.js';
import type { Column } from './types.js';

/**
 * Pairwise deletion: the pairs (xᵢ, yᵢ) where both sides are observed (not `null`, not `NaN`),
 * as two aligned arrays. Throws a RangeError when the columns differ in length.
 *
 * @example completePairs([1, null, 3, 4], [5, 6, null, 8]) // → { x: [1, 4], y: [5, 8] }
 */
export function completePairs(x: Column, y: Column): { x: number[]; y: number[] } {
  if (x.length !== y.length) {
    throw new RangeError(`columns differ in length (${x.length} and ${y.length}); expected one value per country in each`);
  }
  const px: number[] = [];
  const py: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const a = x[i];
    const b = y[i];
    if (isPresent(a) && isPresent(b)) {
      px.push(a);
      py.push(b);
    }
  }
  return { x: px, y: py };
}
