import type { EditionMatrix } from './edition-matrix.js';

/**
 * The methodology's optional carry-forward: every blank (null) cell of `current` takes the
 * same country's value in `previous` when that was answered. Not-applicable cells and answered
 * ones are left alone. Returns a new matrix whose `carried[c][i]` marks each filled cell, so
 * that coverage keeps counting it as missing and reports can flag it. Pure.
 * @example carryForward({ values: [[null, 50]] }, { values: [[100, 0]] }).values // [[100, 50]]
 */
export function carryForward(current: EditionMatrix, previous: EditionMatrix | null): EditionMatrix {
  if (!previous) return current;
  const carried = current.values.map((row) => row.map(() => false));
  const values = current.values.map((row, c) => row.map((v, i) => {
    const before = previous.values[c]?.[i];
    if (v !== null || typeof before !== 'number') return v;
    carried[c]![i] = true;
    return before;
  }));
  return { ...current, values, carried };
}
