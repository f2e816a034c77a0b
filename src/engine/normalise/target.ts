import { present, type NormaliseFn } from './types.js';

/**
 * Distance to target (COINr's n_dist2targ): x' = scale · (x − min) / (target − min), where min is
 * the observed minimum. With `cap` (the default) values beyond the target score `scale`, as
 * COINr's `cap_max = TRUE`; without it they score above `scale`, so overshooting the target still
 * counts (COINr's default `cap_max = FALSE`). Without a target the observed maximum is used
 * (= min-max to [0, scale]). Degenerate rule: target ≤ min → every value at or above the target
 * scores `scale`, the others 0, capped or not.
 * @example target([0, 50, 120], { scale: 100, cap: true }, { lower: null, upper: null, target: 100 }) // [0, 50, 100]
 * @example target([0, 50, 120], { scale: 100, cap: false }, { lower: null, upper: null, target: 100 }) // [0, 50, 120]
 */
export const target: NormaliseFn<{ scale: number; cap?: boolean }> = (values, { scale, cap = true }, ctx) => {
  const xs = present(values);
  const min = Math.min(...xs);
  const t = ctx.target ?? Math.max(...xs);
  const share = (v: number) => (cap ? Math.min(1, Math.max(0, (v - min) / (t - min))) : (v - min) / (t - min));
  return values.map((v) => (v === null ? null : t <= min ? (v >= t ? scale : 0) : scale * share(v)));
};
