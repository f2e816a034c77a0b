/** Eigenvalues (descending) and unit eigenvectors of a symmetric matrix. */
export interface Eigen {
  /** Eigenvalues, largest first; equal eigenvalues keep the order Jacobi left them in. */
  values: number[];
  /** `vectors[k]` is the unit-length eigenvector of `values[k]`; its sign is arbitrary. */
  vectors: number[][];
}

/**
 * Eigen decomposition of a real symmetric matrix by the cyclic Jacobi method (Jacobi 1846; as in
 * Golub & Van Loan, "Matrix Computations", 4th ed., §8.5, and Press et al., "Numerical Recipes",
 * §11.1): plane rotations Jᵀ A J each zero one off-diagonal entry, sweeping until the
 * off-diagonal mass is negligible (≤ (1e-15·‖A‖_F)², at most 100 sweeps). Accurate and fast for
 * the small matrices of an index (tens of indicators). Only the upper triangle's symmetry is
 * assumed, not checked. Returns new arrays; the input is not changed.
 *
 * @example symmetricEigen([[2, 1], [1, 2]]).values // → [2.9999999999999996, 0.9999999999999998] (3 and 1 up to rounding)
 */
export function symmetricEigen(matrix: readonly (readonly number[])[]): Eigen {
  const n = matrix.length;
  const a = matrix.map((row) => row.slice());
  const v = a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)));
  const at = (i: number, j: number): number => (a[i] as number[])[j] as number;
  let frob = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) frob += at(i, j) ** 2;
  const tol = (1e-15 * Math.sqrt(frob)) ** 2;

  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += at(p, q) ** 2;
    if (off <= tol) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(p, q);
        if (apq === 0) continue;
        const theta = (at(q, q) - at(p, p)) / (2 * apq);
        const t = Math.abs(theta) > 1e150
          ? 1 / (2 * theta)
          : (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (const m of [a, v]) {
          for (const row of m) { // columns p and q: M ← M J
            const kp = row[p] as number;
            const kq = row[q] as number;
            row[p] = c * kp - s * kq;
            row[q] = s * kp + c * kq;
          }
        }
        const rp = a[p] as number[];
        const rq = a[q] as number[];
        for (let k = 0; k < n; k++) { // rows p and q: A ← Jᵀ A
          const pk = rp[k] as number;
          const qk = rq[k] as number;
          rp[k] = c * pk - s * qk;
          rq[k] = s * pk + c * qk;
        }
      }
    }
  }
  const order = a.map((_, i) => i).sort((i, j) => at(j, j) - at(i, i));
  return {
    values: order.map((i) => at(i, i)),
    vectors: order.map((i) => v.map((row) => row[i] as number)),
  };
}
