import type { NormaliseFn } from './types.js';

/**
 * Rank: 1 for the lowest value up to n for the highest, ties get the average of their ranks
 * (R's rank(), ties.method = "average"). Nulls stay null.
 * @example rank([10, 30, 20, 30]) // [1, 3.5, 2, 3.5]
 */
export const rank: NormaliseFn<unknown> = (values) => {
  const idx = values.map((v, i) => ({ v, i })).filter((e): e is { v: number; i: number } => e.v !== null).sort((a, b) => a.v - b.v);
  const out: (number | null)[] = values.map(() => null);
  for (let k = 0; k < idx.length; ) {
    let j = k;
    while (j + 1 < idx.length && idx[j + 1]!.v === idx[k]!.v) j++;
    const avg = (k + j) / 2 + 1;
    for (let m = k; m <= j; m++) out[idx[m]!.i] = avg;
    k = j + 1;
  }
  return out;
};
