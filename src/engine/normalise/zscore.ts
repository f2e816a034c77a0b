import { present, type NormaliseFn } from './types.js';

/**
 * Standardisation: x' = mean + sd · (x − x̄) / s, with s the sample standard deviation (n − 1),
 * as R's scale() and COINr's n_zscore. Degenerate rule: s = 0 or one value → every x' = mean.
 * @example zscore([1, 2, 3], { mean: 0, sd: 1 }) // [-1, 0, 1]
 */
export const zscore: NormaliseFn<{ mean: number; sd: number }> = (values, { mean, sd }) => {
  const xs = present(values);
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  const s = xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1)) : 0;
  return values.map((v) => (v === null ? null : s === 0 ? mean : mean + (sd * (v - m)) / s));
};
