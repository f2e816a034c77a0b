/**
 * How many values of an ascending array are strictly below x (binary search, O(log n)).
 * @example countBelow([10, 20, 20, 40], 20) // 1
 */
export function countBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
