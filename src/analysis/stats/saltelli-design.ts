import type { Rng } from './rng.js';

/** The two independent base samples of a Saltelli design; rows are runs, columns factors. */
export interface SaltelliDesign {
  A: number[][];
  B: number[][];
}

/**
 * The base samples of the Saltelli (2002, 2010) design for variance-based sensitivity: two
 * independent N×k matrices A and B of uniform numbers in [0, 1), drawn from `rng` row by row,
 * all of A first, then all of B. Map each column to a factor's range or its discrete options
 * (e.g. `Math.floor(u·m)` for m options), then build AB_i with `abMatrix`. Monte Carlo, not
 * quasi-random (Sobol' sequence) sampling: simpler, and exact reproducibility comes from the seed.
 *
 * Throws a RangeError unless N ≥ 1 and k ≥ 1 are integers.
 *
 * @example saltelliDesign(2, 3, createRng(1)).A.length // → 2 (rows), each of 3 numbers
 */
export function saltelliDesign(N: number, k: number, rng: Rng): SaltelliDesign {
  if (!Number.isInteger(N) || N < 1 || !Number.isInteger(k) || k < 1) {
    throw new RangeError(`saltelliDesign: N = ${String(N)}, k = ${String(k)} (expected integers of at least 1)`);
  }
  const draw = (): number[][] => Array.from({ length: N }, () => Array.from({ length: k }, () => rng.next()));
  const A = draw();
  const B = draw();
  return { A, B };
}

/**
 * AB_i of the Saltelli design: a copy of A whose column i is taken from B. Returns new rows.
 * Throws a RangeError when A and B differ in shape or i is not a column index.
 *
 * @example abMatrix([[1, 2], [3, 4]], [[5, 6], [7, 8]], 1) // → [[1, 6], [3, 8]]
 */
export function abMatrix(A: readonly (readonly number[])[], B: readonly (readonly number[])[], i: number): number[][] {
  const k = A[0]?.length ?? 0;
  if (A.length !== B.length || !Number.isInteger(i) || i < 0 || i >= k) {
    throw new RangeError(`abMatrix: column ${String(i)} of a ${A.length}×${k} design with B of ${B.length} rows (expected same shapes and 0 ≤ i < ${k})`);
  }
  return A.map((row, r) => {
    const bRow = B[r];
    if (bRow === undefined || bRow.length !== row.length) {
      throw new RangeError(`abMatrix: row ${r} of A has ${row.length} values, of B ${bRow?.length ?? 0} (expected the same)`);
    }
    const out = row.slice();
    out[i] = bRow[i] as number;
    return out;
  });
}
