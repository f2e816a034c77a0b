/**
 * Competition ranking ("1224"): the highest value ranks 1, tied values share the best rank and
 * the next rank skips. Nulls are not ranked (null). Ties are exact: compare unrounded scores.
 * @example competitionRank([80, 90, 80, null, 70]) // [2, 1, 2, null, 4]
 */
export function competitionRank(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  return values.map((v) => {
    if (v === null) return null;
    let lo = 0;
    let hi = present.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (present[mid]! > v) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  });
}
