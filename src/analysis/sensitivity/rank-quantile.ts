/**
 * The p-quantile of ranks given as counts (counts[r − 1] = how many times rank r occurred), by
 * the same rule as stats/quantile (R type 7): with the n ranks sorted, h = (n − 1)·p and
 * Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), 0-based. Reads the order statistics off the
 * cumulative counts instead of sorting n ranks. No ranks → null.
 * @example rankQuantile([2, 0, 2], 0.5) // 2  (ranks 1, 1, 3, 3: R quantile(c(1,1,3,3), 0.5) = 2)
 */
export function rankQuantile(counts: readonly number[], p: number): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = orderStatistic(counts, lo);
  const above = orderStatistic(counts, Math.min(lo + 1, n - 1));
  return below + (h - lo) * (above - below);
}

/** The rank at 0-based position i of the sorted ranks. */
function orderStatistic(counts: readonly number[], i: number): number {
  let seen = 0;
  for (let r = 0; r < counts.length; r++) {
    seen += counts[r]!;
    if (seen > i) return r + 1;
  }
  return counts.length;
}
