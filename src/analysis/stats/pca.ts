import { completeRows } from './complete-rows.js';
import { pearsonComplete } from './pearson.js';
import { symmetricEigen } from './symmetric-eigen.js';
import type { Column } from './types.js';

export interface PcaOptions {
  /** How many components to return vectors and loadings for; default all. */
  components?: number;
}

export interface PcaResult {
  /** Countries used: those observed in every column (listwise deletion). */
  n: number;
  /** All p eigenvalues of the correlation matrix, largest first (they sum to p). */
  eigenvalues: number[];
  /** Share of the total variance each component explains, λₖ / Σλ (they sum to 1). */
  proportions: number[];
  /** `vectors[k][j]`: weight of column j in component k; unit length (R's `prcomp()$rotation`). */
  vectors: number[][];
  /** `loadings[k][j] = vectors[k][j]·√λₖ`: the correlation of column j with component k. */
  loadings: number[][];
}

/**
 * Principal component analysis on the correlation matrix R of the columns (i.e. of the
 * standardised data, R's `prcomp(x, scale. = TRUE)`): R = Σ λₖ vₖ vₖᵀ, eigenvalues λ₁ ≥ λ₂ ≥ …,
 * computed with `symmetricEigen` (Jacobi).
 *
 * Sign convention: an eigenvector's sign is arbitrary, so each component is flipped to make its
 * largest-magnitude entry positive; among entries equal in magnitude (within 1e-9) the first
 * column's is made positive. Rounding noise below 0 in an eigenvalue is set to 0.
 * With repeated eigenvalues the vectors of those components are not unique.
 *
 * Missing values: listwise deletion (a country with `null` or `NaN` in any column is dropped).
 * Degenerate input → `null`: no columns, fewer than 3 complete rows, or a constant column
 * (its correlations are undefined). Throws a RangeError when the columns differ in length.
 *
 * @example pca([[1, 2, 3, 4], [2, 1, 4, 3]]).eigenvalues // → [1.5999999999999999, 0.39999999999999997] (r = 0.6, so 1 ± r up to rounding)
 */
export function pca(columns: readonly Column[], options: PcaOptions = {}): PcaResult | null {
  const p = columns.length;
  if (p === 0) return null;
  const cols = completeRows(columns);
  const n = cols[0]?.length ?? 0;
  if (n < 3) return null;
  const r: number[][] = cols.map(() => new Array<number>(p).fill(1));
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      const v = pearsonComplete(cols[i] as number[], cols[j] as number[]);
      if (v === null) return null; // a constant column
      (r[i] as number[])[j] = i === j ? 1 : v;
      (r[j] as number[])[i] = i === j ? 1 : v;
    }
  }
  const eig = symmetricEigen(r);
  const eigenvalues = eig.values.map((l) => Math.max(0, l));
  const total = eigenvalues.reduce((s, l) => s + l, 0);
  const m = Math.max(0, Math.min(p, options.components ?? p));
  const vectors = eig.vectors.slice(0, m).map(orient);
  return {
    n,
    eigenvalues,
    proportions: eigenvalues.map((l) => l / total),
    vectors,
    loadings: vectors.map((vec, k) => vec.map((x) => x * Math.sqrt(eigenvalues[k] as number))),
  };
}

/** Flips a vector so its largest-magnitude entry (the first, among ties within 1e-9) is positive. */
function orient(vec: number[]): number[] {
  const max = Math.max(...vec.map(Math.abs));
  const lead = vec.find((x) => Math.abs(x) >= max - 1e-9) ?? 0;
  return lead < 0 ? vec.map((x) => (x === 0 ? 0 : -x)) : vec;
}
