import type { AggregateAcrossFn } from './types.js';

/**
 * Weighted Copeland score (pairwise outranking, as COINr's `a_copeland`): for every pair of
 * units a, b, W(a ≻ b) = Σ wᵢ over the children i where xₐᵢ > x_bᵢ; a beats b when
 * W(a ≻ b) > W(b ≻ a). A unit's score is (pairs it wins) − (pairs it loses), an integer in
 * [−(n − 1), n − 1] for n units.
 *
 * Ties: a child where both units have the same value counts for neither; a pair whose weights
 * balance (equal within 1e−12 of their sum, so that 0.1 + 0.2 ties 0.3) is neither a win nor a
 * loss. Missing values (null): a child missing for either unit of a pair is left out of that
 * pair's comparison, so the children both have decide it; a pair with no child in common is a
 * tie. With no missing value this is COINr's rule (its outranking matrix gives ties half the
 * weight and compares with 0.5, which is the same thing); with missing values COINr gives the
 * missing weight to the unit listed second, which makes the result depend on row order, so
 * this rule departs from it deliberately.
 *
 * Rows are units (each aligned with `weights`), the result one score per row. O(n² · k).
 * @example copeland([[1, 3, 2], [2, 2, 3], [3, 1, 1], [4, 5, 4]], [1, 1, 1]) // [-1, 1, -3, 3]  (COINr's test of a_copeland)
 */
export const copeland: AggregateAcrossFn = (rows, weights) => {
  const n = rows.length;
  const score = new Array<number>(n).fill(0);
  for (let a = 0; a < n; a++) {
    const ra = rows[a]!;
    for (let b = a + 1; b < n; b++) {
      const rb = rows[b]!;
      let wa = 0;
      let wb = 0;
      for (let i = 0; i < weights.length; i++) {
        const x = ra[i];
        const y = rb[i];
        if (x === null || x === undefined || y === null || y === undefined) continue;
        if (x > y) wa += weights[i]!;
        else if (y > x) wb += weights[i]!;
      }
      if (Math.abs(wa - wb) <= 1e-12 * (wa + wb)) continue;
      const d = wa > wb ? 1 : -1;
      score[a]! += d;
      score[b]! -= d;
    }
  }
  return score;
};
