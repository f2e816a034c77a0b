import { kurtosisOf } from './kurtosis.js';
import { moments, skewOf } from './skew.js';

/** Thresholds of the outlier check (COINr's `check_SkewKurt`, defaults 2 and 3.5). */
export interface Thresholds {
  skew: number;
  kurtosis: number;
}

/**
 * COINr's outlier check: a column passes when |skew| < skew threshold OR kurtosis < kurtosis
 * threshold (type-2 skew and excess kurtosis), i.e. it fails only when it is both strongly skewed
 * and heavy-tailed. A column whose skew or kurtosis is undefined (fewer than 4 values, or all
 * equal) passes: there is nothing to treat.
 * @example passes([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100], { skew: 2, kurtosis: 3.5 }) // false
 */
export function passes(xs: readonly number[], t: Thresholds): boolean {
  if (xs.length < 4) return true;
  const [m2, m3, m4] = moments(xs); // once for both statistics
  return verdict(skewOf(xs.length, m2, m3), kurtosisOf(xs.length, m2, m4), t);
}

/** The check of passes on a skew and kurtosis already computed (either null: passes). */
export function verdict(skew: number | null, kurtosis: number | null, t: Thresholds): boolean {
  if (skew === null || kurtosis === null) return true;
  return Math.abs(skew) < t.skew || kurtosis < t.kurtosis;
}
