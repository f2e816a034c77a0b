import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { abMatrix, saltelliDesign } from '../../../src/analysis/stats/saltelli-design.js';
import { sobolIndices } from '../../../src/analysis/stats/sobol.js';

/** Runs a model on a Saltelli design and estimates its indices. */
function estimate(model: (u: number[]) => number, N: number, k: number, seed: number) {
  const { A, B } = saltelliDesign(N, k, createRng(seed));
  return sobolIndices({
    yA: A.map(model),
    yB: B.map(model),
    yAB: Array.from({ length: k }, (_, i) => abMatrix(A, B, i).map(model)),
  });
}

describe('saltelliDesign and abMatrix', () => {
  it('saltelliDesign(N, k, rng) draws A row by row, then B, all in [0, 1)', () => {
    const { A, B } = saltelliDesign(3, 2, createRng(5));
    const g = createRng(5);
    const expected = Array.from({ length: 12 }, () => g.next());
    expect([...A.flat(), ...B.flat()]).toEqual(expected);
    expect(A).toHaveLength(3);
    expect(A.every((r) => r.length === 2)).toBe(true);
  });
  it('abMatrix(A, B, i) is A with column i from B, A and B unchanged', () => {
    const A = [[1, 2], [3, 4]];
    const B = [[5, 6], [7, 8]];
    expect(abMatrix(A, B, 1)).toEqual([[1, 6], [3, 8]]);
    expect(abMatrix(A, B, 0)).toEqual([[5, 2], [7, 4]]);
    expect(A).toEqual([[1, 2], [3, 4]]);
  });
  it('bad shapes are rejected', () => {
    expect(() => saltelliDesign(0, 2, createRng(1))).toThrow(/N = 0, k = 2/);
    expect(() => abMatrix([[1, 2]], [[1, 2]], 2)).toThrow(RangeError);
    expect(() => abMatrix([[1, 2]], [[1]], 0)).toThrow(/row 0 of A has 2 values, of B 1/);
  });
});

describe('sobolIndices', () => {
  it('applies the Saltelli 2010 and Jansen formulas (hand calculation on 2 runs)', () => {
    // V = var(1, 2, 3, 4) = 5/3; the pooled mean ȳ = 2.5
    // S  = mean((yB − ȳ)·(yAB − yA)) / V = mean(0.5·2, 1.5·2) / V = 2 / (5/3) = 1.2  (tiny N: far from a valid index)
    // ST = Σ(yA − yAB)² / (2N·V) = (4 + 4) / 4 / (5/3) = 1.2
    const r = sobolIndices({ yA: [1, 2], yB: [3, 4], yAB: [[3, 4]] });
    expect(r.variance).toBeCloseTo(5 / 3, 14);
    expect(r.first[0]).toBeCloseTo(1.2, 14);
    expect(r.total[0]).toBeCloseTo(1.2, 14);
  });

  it('Ishigami function (a = 7, b = 0.1): estimates with N = 20,000 are within 0.04 of the analytic indices', () => {
    // Analytic values: Ishigami & Homma (1990); Sobol' & Levitan (1999); tabulated in Saltelli et al.
    // (2008), "Global Sensitivity Analysis: The Primer", §4.6: x ~ U(−π, π)³, with
    // V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V₁ = (1 + bπ⁴/5)²/2, V₂ = a²/8, V₁₃ = b²π⁸(1/18 − 1/50)
    // S = (V₁, V₂, 0)/V ≈ (0.3139, 0.4424, 0), ST = (V₁ + V₁₃, V₂, V₁₃)/V ≈ (0.5576, 0.4424, 0.2437).
    // Over seeds 1–20 the largest error seen was 0.021, so 0.04 is a margin, not a tuned seed.
    const a = 7;
    const b = 0.1;
    const pi = Math.PI;
    const V = (a * a) / 8 + (b * pi ** 4) / 5 + (b * b * pi ** 8) / 18 + 0.5;
    const V1 = 0.5 * (1 + (b * pi ** 4) / 5) ** 2;
    const V2 = (a * a) / 8;
    const V13 = b * b * pi ** 8 * (1 / 18 - 1 / 50);
    expect(V1 / V).toBeCloseTo(0.3139, 4);
    expect((V1 + V13) / V).toBeCloseTo(0.5576, 4);
    expect(V13 / V).toBeCloseTo(0.2437, 4);

    const ishigami = (u: number[]) => {
      const [x1, x2, x3] = u.map((v) => -pi + 2 * pi * v) as [number, number, number];
      return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
    };
    const r = estimate(ishigami, 20_000, 3, 2024);
    expect(r.variance).toBeCloseTo(V, 0);
    const S = [V1 / V, V2 / V, 0];
    const ST = [(V1 + V13) / V, V2 / V, V13 / V];
    r.first.forEach((s, i) => expect(Math.abs(s - (S[i] as number))).toBeLessThan(0.04));
    r.total.forEach((s, i) => expect(Math.abs(s - (ST[i] as number))).toBeLessThan(0.04));
  });

  it('y = x₁ + 2x₂ + 0·x₃ with uniform inputs: S ≈ ST ≈ (1/5, 4/5, 0), and exactly 0 for the idle x₃', () => {
    // Var(x) = 1/12 for x ~ U(0, 1): V = 1/12 + 4/12, so S₁ = 1/5, S₂ = 4/5 (additive: S = ST).
    // Over seeds 0–29 at N = 10,000 the largest errors were 0.084 for S (the Saltelli 2010 estimator is
    // noisier when the output's mean, here 1.5, is far from 0) and 0.023 for ST: bounds 0.12 and 0.04.
    const r = estimate((u) => (u[0] as number) + 2 * (u[1] as number), 10_000, 3, 11);
    expect(Math.abs((r.first[0] as number) - 0.2)).toBeLessThan(0.12);
    expect(Math.abs((r.first[1] as number) - 0.8)).toBeLessThan(0.12);
    expect(Math.abs((r.total[0] as number) - 0.2)).toBeLessThan(0.04);
    expect(Math.abs((r.total[1] as number) - 0.8)).toBeLessThan(0.04);
    expect(r.first[2]).toBe(0);
    expect(r.total[2]).toBe(0);
    expect(r.variance).toBeCloseTo(5 / 12, 1);
  });

  it('same seed, same indices', () => {
    const model = (u: number[]) => (u[0] as number) * (u[1] as number);
    expect(estimate(model, 500, 2, 3)).toEqual(estimate(model, 500, 2, 3));
  });

  it('an additive model\'s first-order and total indices each sum to about 1 (property)', () => {
    // The model is centred (inputs u − 1/2): the Saltelli 2010 first-order estimator's variance grows
    // with the square of the output's mean, so with an offset N = 2000 would need a looser bound.
    // Over 100 random models at N = 2000 the largest error of either sum was 0.072. The fast-check
    // seed is fixed so this statistical check cannot flake.
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.5, max: 5, noNaN: true }), { minLength: 2, maxLength: 4 }), fc.nat(), (c, seed) => {
        const r = estimate((u) => u.reduce((s, x, i) => s + (c[i] as number) * (x - 0.5), 0), 2000, c.length, seed);
        expect(Math.abs(r.first.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(0.12);
        expect(Math.abs(r.total.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(0.12);
      }),
      { numRuns: 25, seed: 42 },
    );
  });

  it('an output that never varies (V = 0) gives S = ST = 0 for every factor', () => {
    expect(sobolIndices({ yA: [2, 2, 2], yB: [2, 2, 2], yAB: [[2, 2, 2], [2, 2, 2]] })).toEqual({ variance: 0, first: [0, 0], total: [0, 0] });
  });

  it('mismatched lengths, no runs and non-finite outputs are rejected with the place named', () => {
    expect(() => sobolIndices({ yA: [], yB: [], yAB: [] })).toThrow(/no model runs/);
    expect(() => sobolIndices({ yA: [1, 2], yB: [1], yAB: [] })).toThrow(/yB has 1 outputs, yA has 2/);
    expect(() => sobolIndices({ yA: [1, 2], yB: [1, 2], yAB: [[1]] })).toThrow(/yAB\[0\] has 1 outputs/);
    expect(() => sobolIndices({ yA: [1, NaN], yB: [1, 2], yAB: [] })).toThrow(/yA\[1\] = NaN/);
  });
});
