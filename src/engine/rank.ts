import { countBelow } from '../lib/count-below.js';

/**
 * Competition ranking ("1224"): the highest value ranks 1, tied values share the best rank and
 * the next rank skips. Nulls are not ranked (null). Ties are exact: compare unrounded scores.
 * @example competitionRank([80, 90, 80, null, 70]) // [2, 1, 2, null, 4]
 */
export function competitionRank(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  // a value's rank is 1 + the number of values above it = the number of negated values below −v
  const negated = present.map((x) => -x); // ascending, since present is descending
  return values.map((v) => (v === null ? null : countBelow(negated, -v) + 1));
}
