import { weightSum, type AggregateFn } from './types.js';

/**
 * Weighted geometric mean: Π xᵢ^(wᵢ/Σw) = exp(Σ wᵢ ln xᵢ / Σ wᵢ). Needs xᵢ ≥ 0: any zero gives 0
 * (which is why it is paired with min-max to [1, 100]); a negative value gives NaN, which the
 * engine reports as an error.
 * @example geometric([1, 100], [1, 1]) // 10
 */
export const geometric: AggregateFn = (x, w) => {
  if (x.some((v) => v < 0)) return Number.NaN;
  if (x.some((v) => v === 0)) return 0;
  // exp/log rounding can leave the mean a hair outside [min, max] (geometric([100, 100]) would be
  // 100.00000000000004); a mean never leaves that interval, so clamp to it.
  const g = Math.exp(x.reduce((s, v, i) => s + w[i]! * Math.log(v), 0) / weightSum(w));
  return Math.min(Math.max(g, Math.min(...x)), Math.max(...x));
};
