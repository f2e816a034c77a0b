import { averageRanks } from './average-ranks.js';
import { completePairs } from './complete-pairs.js';
import { pearsonComplete } from './pearson.js';
import type { Column } from './types.js';

/**
 * Spearman's rank correlation: Pearson's r of the average ranks (ties share the mean of their
 * ranks), so it stays exact with ties, as R's `cor(x, y, method = "spearman")`.
 *
 * Missing values: pairs with `null` (or `NaN`) on either side are dropped first, then the
 * remaining values are ranked. Degenerate input as `pearson`: fewer than 3 complete pairs or a
 * side whose values are all tied → `null`. Throws a RangeError when the columns differ in length.
 *
 * @example spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) // → 0.8207826816681233
 */
export function spearman(x: Column, y: Column): number | null {
  const p = completePairs(x, y);
  return pearsonComplete(averageRanks(p.x), averageRanks(p.y));
}
