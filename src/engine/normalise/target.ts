import { present, type NormaliseFn } from './types.js';

/**
 * Distance to target (COINr's n_dist2targ, capped): x' = scale · (x − min) / (target − min),
 * capped at scale, where min is the observed minimum. A country at or beyond the target scores
 * `scale`. Without a target the observed maximum is used (= min-max to [0, scale]).
 * Degenerate rule: target = min → every value at or above it scores `scale`.
 * @example target([0, 50, 120], { scale: 100 }, { lower: null, upper: null, target: 100 }) // [0, 50, 100]
 */
export const target: NormaliseFn<{ scale: number }> = (values, { scale }, ctx) => {
  const xs = present(values);
  const min = Math.min(...xs);
  const t = ctx.target ?? Math.max(...xs);
  return values.map((v) => (v === null ? null : t <= min ? (v >= t ? scale : 0) : scale * Math.min(1, Math.max(0, (v - min) / (t - min)))));
};
