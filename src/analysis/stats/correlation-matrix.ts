import { pearson } from './pearson.js';
import { spearman } from './spearman.js';
import type { Column } from './types.js';

export interface CorrelationOptions {
  /** `pearson` (default) or `spearman`. */
  method?: 'pearson' | 'spearman';
}

/**
 * The p×p matrix of correlations between p columns (each one value per country), entry [i][j]
 * the correlation of columns i and j on the countries observed in both (pairwise deletion, R's
 * `use = "pairwise.complete.obs"`). The matrix is symmetric.
 *
 * Degenerate entries are `null` under the rule of `pearson`: fewer than 3 complete pairs, or a
 * constant column. The diagonal is 1, or `null` for a column that is itself degenerate (fewer
 * than 3 observed values or constant). Throws a RangeError when the columns differ in length.
 *
 * @example correlationMatrix([[1, 2, 3], [3, 2, 1]]) // → [[1, -1], [-1, 1]]
 */
export function correlationMatrix(columns: readonly Column[], options: CorrelationOptions = {}): (number | null)[][] {
  const r = options.method === 'spearman' ? spearman : pearson;
  const p = columns.length;
  const out: (number | null)[][] = columns.map(() => new Array<number | null>(p).fill(null));
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      const ci = columns[i] as Column;
      const cj = columns[j] as Column;
      const v = i === j ? (r(ci, ci) === null ? null : 1) : r(ci, cj);
      (out[i] as (number | null)[])[j] = v;
      (out[j] as (number | null)[])[i] = v;
    }
  }
  return out;
}
