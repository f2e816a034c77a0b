import { isPresent } from './present.js';
import type { Column } from './types.js';

/**
 * Listwise deletion: keeps only the rows (countries) observed in every column and returns the
 * columns restricted to those rows. Throws a RangeError when the columns differ in length.
 *
 * @example completeRows([[1, null, 3], [4, 5, 6]]) // → [[1, 3], [4, 6]]
 */
export function completeRows(columns: readonly Column[]): number[][] {
  const n = columns[0]?.length ?? 0;
  columns.forEach((c, j) => {
    if (c.length !== n) {
      throw new RangeError(`column ${j} has ${c.length} values, column 0 has ${n}; expected one value per country in each`);
    }
  });
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (columns.every((c) => isPresent(c[i]))) keep.push(i);
  return columns.map((c) => keep.map((i) => c[i] as number));
}
