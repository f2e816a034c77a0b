import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pca } from '../../../src/analysis/stats/pca.js';
import { symmetricEigen } from '../../../src/analysis/stats/symmetric-eigen.js';

const close = (actual: readonly number[], expected: readonly number[], digits = 12) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i] as number, digits));
};

describe('symmetricEigen (Jacobi)', () => {
  it('eigenvalues of [[2, 1], [1, 2]] are 3 and 1 (hand: (2 − λ)² = 1)', () => {
    close(symmetricEigen([[2, 1], [1, 2]]).values, [3, 1]);
  });
  it('the tridiagonal [[2,1,0],[1,2,1],[0,1,2]] has λ = 2 + 2cos(kπ/4) = 2+√2, 2, 2−√2 with vectors (1, ±√2, 1)/2 and (1, 0, −1)/√2', () => {
    // Known result for tridiagonal Toeplitz matrices: λₖ = a + 2b·cos(kπ/(n+1)), vₖⱼ ∝ sin(jkπ/(n+1)).
    const e = symmetricEigen([[2, 1, 0], [1, 2, 1], [0, 1, 2]]);
    close(e.values, [2 + Math.SQRT2, 2, 2 - Math.SQRT2]);
    const expected = [[0.5, Math.SQRT1_2, 0.5], [Math.SQRT1_2, 0, -Math.SQRT1_2], [0.5, -Math.SQRT1_2, 0.5]];
    e.vectors.forEach((v, k) => {
      const sign = Math.sign(v[0] as number); // the sign of an eigenvector is arbitrary
      close(v.map((x) => x * sign), expected[k] as number[]);
    });
  });
  it('the equicorrelation matrix with r = 0.5 has λ = 1 + 2r, 1 − r, 1 − r = 2, 0.5, 0.5 (hand)', () => {
    close(symmetricEigen([[1, 0.5, 0.5], [0.5, 1, 0.5], [0.5, 0.5, 1]]).values, [2, 0.5, 0.5]);
  });
  it('a diagonal matrix is its own decomposition; an empty one gives nothing', () => {
    const e = symmetricEigen([[1, 0], [0, 3]]);
    expect(e.values).toEqual([3, 1]);
    expect(e.vectors).toEqual([[0, 1], [1, 0]]);
    expect(symmetricEigen([])).toEqual({ values: [], vectors: [] });
  });
  it('V Λ Vᵀ rebuilds the matrix and V is orthonormal (property)', () => {
    const entry = fc.double({ min: -10, max: 10, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.array(entry, { minLength: 49, maxLength: 49 }), (n, raw) => {
        const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => raw[Math.min(i, j) * 7 + Math.max(i, j)] as number));
        const { values, vectors } = symmetricEigen(m);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            let rebuilt = 0;
            let dot = 0;
            for (let k = 0; k < n; k++) {
              rebuilt += (values[k] as number) * (vectors[k]?.[i] as number) * (vectors[k]?.[j] as number);
              dot += (vectors[i]?.[k] as number) * (vectors[j]?.[k] as number);
            }
            expect(rebuilt).toBeCloseTo(m[i]?.[j] as number, 9);
            expect(dot).toBeCloseTo(i === j ? 1 : 0, 12);
          }
        }
        for (let k = 1; k < n; k++) expect(values[k - 1]).toBeGreaterThanOrEqual(values[k] as number);
      }),
      { numRuns: 100 },
    );
  });
});

describe('pca', () => {
  it('two columns with r = 0.6 (hand): eigenvalues 1 ± r, proportions 0.8 and 0.2, vectors (1, 1)/√2 and (1, −1)/√2', () => {
    // x = 1 2 3 4: deviations −1.5 −0.5 0.5 1.5; y = 2 1 4 3: deviations −0.5 −1.5 1.5 0.5
    // Sxy = 0.75 + 0.75 + 0.75 + 0.75 = 3, Sxx = Syy = 5, r = 3/5; eigenvalues of [[1, r], [r, 1]] are 1 ± r.
    const res = pca([[1, 2, 3, 4], [2, 1, 4, 3]]);
    expect(res).not.toBeNull();
    if (res === null) return;
    expect(res.n).toBe(4);
    close(res.eigenvalues, [1.6, 0.4]);
    close(res.proportions, [0.8, 0.2]);
    // the two entries of the second vector tie in magnitude: the first is made positive
    close(res.vectors[0] as number[], [Math.SQRT1_2, Math.SQRT1_2]);
    close(res.vectors[1] as number[], [Math.SQRT1_2, -Math.SQRT1_2]);
    close(res.loadings[0] as number[], [Math.sqrt(0.8), Math.sqrt(0.8)]);
    close(res.loadings[1] as number[], [Math.sqrt(0.2), -Math.sqrt(0.2)]);
  });
  it('pca of 4 columns with nulls (listwise) matches power iteration in tests/reference/pca_reference.py', () => {
    const cols = [
      [0.62, 0.55, 0.91, null, 0.33, 0.78, 0.45, 0.70, 0.21, 0.84],
      [0.58, 0.49, 0.88, 0.40, 0.41, 0.69, 0.52, 0.61, 0.30, 0.90],
      [0.20, 0.65, 0.40, 0.35, 0.71, 0.30, 0.55, 0.28, 0.60, 0.15],
      [0.50, 0.45, 0.72, 0.60, null, 0.66, 0.35, 0.80, 0.25, 0.70],
    ];
    const res = pca(cols, { components: 2 });
    expect(res).not.toBeNull();
    if (res === null) return;
    expect(res.n).toBe(8);
    close(res.eigenvalues, [3.370196264228, 0.41355244129, 0.1903978465, 0.025853447983], 10);
    close(res.proportions, [0.842549066057, 0.103388110322, 0.047599461625, 0.006463361996], 10);
    expect(res.vectors).toHaveLength(2);
    close(res.vectors[0] as number[], [0.5273351781, 0.5120765704, -0.4474784927, 0.5093703903], 9);
    close(res.vectors[1] as number[], [0.3351673192, 0.3101039985, 0.8820493713, 0.1161347701], 9);
    close(res.loadings[0] as number[], (res.vectors[0] as number[]).map((v) => v * Math.sqrt(3.370196264228)), 9);
  });
  it('negating a column leaves the eigenvalues and flips that column\'s loadings', () => {
    const a = [1, 3, 2, 5, 4, 6];
    const b = [2, 2, 3, 4, 6, 5];
    const c = [5, 1, 4, 2, 3, 1];
    const p1 = pca([a, b, c]);
    const p2 = pca([a, b, c.map((x) => -x)]);
    close(p2?.eigenvalues ?? [], p1?.eigenvalues ?? []);
    close(p2?.vectors[0] ?? [], (p1?.vectors[0] ?? []).map((x, j) => (j === 2 ? -x : x)));
  });
  it('pca of one column is a single component explaining everything', () => {
    expect(pca([[3, 1, 2]])).toEqual({ n: 3, eigenvalues: [1], proportions: [1], vectors: [[1]], loadings: [[1]] });
  });
  it('pca is null for no columns, fewer than 3 complete countries, or a constant column', () => {
    expect(pca([])).toBeNull();
    expect(pca([[1, 2, null, 4], [1, null, 3, 4]])).toBeNull();
    expect(pca([[1, 2, 3, 4], [7, 7, 7, 7]])).toBeNull();
  });
  it('pca does not change its input', () => {
    const cols = [[1, 2, 3, null], [3, 1, 2, 4]];
    pca(cols);
    expect(cols).toEqual([[1, 2, 3, null], [3, 1, 2, 4]]);
  });
  it('proportions sum to 1, eigenvalues to p, and each vector\'s largest entry is positive (property)', () => {
    const col = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(col, { minLength: 1, maxLength: 6 }), (cols) => {
        const res = pca(cols);
        if (res === null) return;
        expect(res.proportions.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        expect(res.eigenvalues.reduce((s, x) => s + x, 0)).toBeCloseTo(cols.length, 10);
        for (const v of res.vectors) {
          const max = Math.max(...v.map(Math.abs));
          expect(v.find((x) => Math.abs(x) >= max - 1e-9)).toBeGreaterThan(0);
        }
      }),
    );
  });
});
