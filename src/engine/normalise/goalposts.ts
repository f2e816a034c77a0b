import { present, type NormaliseFn } from './types.js';

/**
 * Goalposts (as the HDI): x' = scale · (x − lo) / (hi − lo), truncated to [0, scale], with the
 * indicator's goalposts (goal_low/goal_high, else lower/upper). A missing goalpost falls back
 * to the observed minimum or maximum.
 * @example goalposts([20, 85, 120], { scale: 100 }, { lower: 25, upper: 85, target: null }) // [0, 100, 100]
 */
export const goalposts: NormaliseFn<{ scale: number }> = (values, { scale }, { lower, upper }) => {
  const xs = present(values);
  const lo = lower ?? Math.min(...xs);
  const hi = upper ?? Math.max(...xs);
  return values.map((v) => (v === null ? null : hi === lo ? scale / 2 : scale * Math.min(1, Math.max(0, (v - lo) / (hi - lo)))));
};
