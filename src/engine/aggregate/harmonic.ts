import { weightSum, type AggregateFn } from './types.js';

/**
 * Weighted harmonic mean: Σ wᵢ / Σ (wᵢ / xᵢ). Needs xᵢ ≥ 0: any zero gives 0; a negative value
 * gives NaN.
 * @example harmonic([1, 4], [1, 1]) // 1.6
 */
export const harmonic: AggregateFn = (x, w) => {
  if (x.some((v) => v < 0)) return Number.NaN;
  if (x.some((v) => v === 0)) return 0;
  return weightSum(w) / x.reduce((s, v, i) => s + w[i]! / v, 0);
};
