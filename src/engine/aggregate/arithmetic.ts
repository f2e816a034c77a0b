import { weightSum, type AggregateFn } from './types.js';

/**
 * Weighted arithmetic mean: Σ wᵢxᵢ / Σ wᵢ.
 * @example arithmetic([50, 100], [1, 3]) // 87.5
 */
export const arithmetic: AggregateFn = (x, w) => x.reduce((s, v, i) => s + v * w[i]!, 0) / weightSum(w);
