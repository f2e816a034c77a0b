import { present, type NormaliseFn } from './types.js';

/**
 * Min-max: x' = low + (x − min) / (max − min) · (high − low), over the countries present.
 * Degenerate rule: when every value is equal (max = min), all get the midpoint (low + high) / 2.
 * @example minmax([0, 5, 10, null], { low: 0, high: 100 }) // [0, 50, 100, null]
 */
export const minmax: NormaliseFn<{ low: number; high: number }> = (values, { low, high }) => {
  const xs = present(values);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  return values.map((v) => (v === null ? null : max === min ? (low + high) / 2 : low + ((v - min) / (max - min)) * (high - low)));
};
