import { kurtosisOf } from './kurtosis.js';
import { verdict, type Thresholds } from './passes.js';
import { moments, skewOf } from './skew.js';

/**
 * COINr's `winsorise`: while the column fails the skew–kurtosis check and fewer than `winmax`
 * points have been winsorised, replace the most extreme value(s) on the side of the skew (the
 * highest if skew ≥ 0, else the lowest; tied extremes together) by the next value inwards. The
 * side is re-decided at every step from the current skew. Returns the new values, the positions
 * changed (high side and low side) and whether the result passes. Pure.
 * @example winsorise([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100], 5, { skew: 2, kurtosis: 3.5 }) // values [1, …, 10, 30, 30], high [11], passes true
 */
export function winsorise(
  values: readonly number[],
  winmax: number,
  t: Thresholds,
): { values: number[]; high: number[]; low: number[]; passes: boolean } {
  const x = [...values];
  const n = x.length;
  const high = new Set<number>();
  const low = new Set<number>();
  // the moments of x, computed once per step for both the check and the next step's side
  let [m2, m3, m4] = moments(x);
  let ok = n < 4 || verdict(skewOf(n, m2, m3), kurtosisOf(n, m2, m4), t);
  while (!ok && high.size + low.size < winmax) {
    const up = (skewOf(n, m2, m3) ?? 0) >= 0;
    const extreme = up ? Math.max(...x) : Math.min(...x);
    const at: number[] = [];
    const rest: number[] = [];
    x.forEach((v, i) => (v === extreme ? at.push(i) : rest.push(v)));
    if (rest.length === 0) break;
    const next = up ? Math.max(...rest) : Math.min(...rest);
    for (const i of at) { x[i] = next; (up ? high : low).add(i); }
    [m2, m3, m4] = moments(x);
    ok = n < 4 || verdict(skewOf(n, m2, m3), kurtosisOf(n, m2, m4), t);
  }
  return { values: x, high: [...high], low: [...low], passes: ok };
}
