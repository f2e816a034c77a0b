import { weightSum, type AggregateFn } from './types.js';

/**
 * Weighted generalised (power) mean: (Σ wᵢ xᵢ^p / Σ wᵢ)^(1/p), p ≠ 0. p = 1 is the arithmetic,
 * p = −1 the harmonic mean; p → 0 tends to the geometric mean. Needs xᵢ ≥ 0 (NaN otherwise);
 * for p < 0 a zero value gives 0.
 * @example generalised([1, 4], [1, 1], { p: 2 }) // 2.9154759…  (√8.5)
 */
export const generalised: AggregateFn<{ p: number }> = (x, w, { p }) => {
  if (x.some((v) => v < 0)) return Number.NaN;
  if (p < 0 && x.some((v) => v === 0)) return 0;
  return (x.reduce((s, v, i) => s + w[i]! * v ** p, 0) / weightSum(w)) ** (1 / p);
};
