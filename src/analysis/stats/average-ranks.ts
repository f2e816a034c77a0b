/**
 * Ranks 1…n in ascending order, tied values sharing the mean of the ranks they span ("average"
 * or fractional ranks, R's `rank(x, ties.method = "average")`), as Spearman's rho needs.
 * Input must hold no missing values; the result is a new array aligned with the input.
 *
 * @example averageRanks([10, 30, 20, 20]) // → [1, 4, 2.5, 2.5]
 */
export function averageRanks(xs: readonly number[]): number[] {
  const order = xs.map((_, i) => i).sort((i, j) => (xs[i] as number) - (xs[j] as number));
  const ranks = new Array<number>(xs.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && xs[order[end] as number] === xs[order[start] as number]) end++;
    const rank = (start + 1 + end) / 2; // mean of the 1-based ranks start+1 … end
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    start = end;
  }
  return ranks;
}
