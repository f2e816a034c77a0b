import { countBelow } from '../../lib/count-below.js';
import { present, type NormaliseFn } from './types.js';

/**
 * Percentile rank: x' = scale · (number of values below x) / (n − 1), as dplyr's
 * percent_rank() (ties take the lowest rank). One value alone scores scale / 2.
 * @example percentile([10, 20, 20, 40], { scale: 100 }) // [0, 33.33…, 33.33…, 100]
 */
export const percentile: NormaliseFn<{ scale: number }> = (values, { scale }) => {
  const xs = present(values).sort((a, b) => a - b);
  return values.map((v) => (v === null ? null : xs.length < 2 ? scale / 2 : (scale * countBelow(xs, v)) / (xs.length - 1)));
};

/**
 * Borda score: the number of countries with a strictly lower value (COINr's n_borda, = the
 * rank with ties at the minimum, minus one).
 * @example borda([10, 20, 20, 40]) // [0, 1, 1, 3]
 */
export const borda: NormaliseFn<unknown> = (values) => {
  const xs = present(values).sort((a, b) => a - b);
  return values.map((v) => (v === null ? null : countBelow(xs, v)));
};
