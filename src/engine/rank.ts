import { countBelow } from '../lib/count-below.js';

/**
 * Competition ranking ("1224"): the highest value ranks 1, tied values share the best rank and
 * the next rank skips. Nulls are not ranked (null). Ties are exact: compare unrounded scores.
 * @example competitionRank([80, 90, 80, null, 70]) // [2, 1, 2, null, 4]
 */
export function competitionRank(values: readonly (number | null)[]): (number | null)[] {
  // a value's rank is 1 + the number of values above it = the number of negated values below −v
  let n = 0;
  for (const v of values) if (v !== null) n++;
  const negated = new Float64Array(n);
  n = 0;
  for (const v of values) if (v !== null) negated[n++] = -v;
  negated.sort(); // ascending, numerically
  return values.map((v) => (v === null ? null : countBelow(negated, -v) + 1));
}
