import { variance } from './variance.js';

/** Model outputs on the rows of a Saltelli design: A, B and AB_i (A with column i from B). */
export interface SobolOutputs {
  yA: readonly number[];
  yB: readonly number[];
  /** `yAB[i]` holds the outputs on AB_i, one per row, for each factor i. */
  yAB: readonly (readonly number[])[];
}

export interface SobolIndices {
  /** V: the sample variance (n − 1) of the 2N outputs yA and yB together. */
  variance: number;
  /** First-order indices Sᵢ, one per factor. */
  first: number[];
  /** Total-order indices S_Tᵢ, one per factor. */
  total: number[];
}

/**
 * Variance-based sensitivity indices from a Saltelli design, as COINr's `SA_estimate()` (used by
 * `get_sensitivity()`); estimators from Saltelli et al. 2010, "Variance based sensitivity analysis
 * of model output", Comput. Phys. Commun. 181, Table 2:
 * - first order (Saltelli 2010): Sᵢ = (1/N) Σⱼ (yB,ⱼ − ȳ) (yABᵢ,ⱼ − yA,ⱼ) / V, with ȳ the mean of
 *   all 2N base outputs (centring leaves the expectation unchanged and cuts the variance of the
 *   estimate when outputs, such as ranks, sit far from zero; COINr does not centre)
 * - total (Jansen 1999): S_Tᵢ = (1/2N) Σⱼ (yA,ⱼ − yABᵢ,ⱼ)² / V
 * with V = var(c(yA, yB)), the sample variance of all 2N base outputs.
 *
 * Monte Carlo estimates: Sᵢ may come out slightly negative or above S_Tᵢ; they are returned as
 * estimated, not clipped. A factor that never changes the output has Sᵢ = S_Tᵢ = 0 exactly.
 * Degenerate rule: V = 0 (the output never varies) → every Sᵢ = S_Tᵢ = 0.
 * Throws a RangeError when N = 0, the arrays differ in length, or an output is not finite.
 *
 * @example sobolIndices({ yA: [1, 2], yB: [3, 4], yAB: [[1, 2]] }) // → { variance: 1.6666666666666667, first: [0], total: [0] }
 */
export function sobolIndices(outputs: SobolOutputs): SobolIndices {
  const { yA, yB, yAB } = outputs;
  const N = yA.length;
  if (N === 0) throw new RangeError('sobolIndices: no model runs (expected yA, yB and each yAB[i] of length N ≥ 1)');
  for (const [name, ys] of [['yB', yB], ...yAB.map((y, i) => [`yAB[${i}]`, y] as const)] as const) {
    if (ys.length !== N) {
      throw new RangeError(`sobolIndices: ${name} has ${ys.length} outputs, yA has ${N} (expected the same N)`);
    }
  }
  for (const [name, ys] of [['yA', yA], ['yB', yB], ...yAB.map((y, i) => [`yAB[${i}]`, y] as const)] as const) {
    const j = ys.findIndex((y) => !Number.isFinite(y));
    if (j >= 0) throw new RangeError(`sobolIndices: ${name}[${j}] = ${String(ys[j])} (expected a finite model output)`);
  }
  const V = variance([...yA, ...yB]) as number;
  if (V === 0) return { variance: 0, first: yAB.map(() => 0), total: yAB.map(() => 0) };
  // Centre the outputs on their pooled mean: the estimator's expectation does not change
  // (E[f(AB_i) − f(A)] = 0), but its variance does, a lot when outputs sit far from zero, as ranks do.
  let m = 0;
  for (let j = 0; j < N; j++) m += (yA[j] as number) + (yB[j] as number);
  m /= 2 * N;
  const first: number[] = [];
  const total: number[] = [];
  for (const y of yAB) {
    let s = 0;
    let st = 0;
    for (let j = 0; j < N; j++) {
      const a = yA[j] as number;
      const ab = y[j] as number;
      s += ((yB[j] as number) - m) * (ab - a);
      st += (a - ab) * (a - ab);
    }
    first.push(s / N / V);
    total.push(st / (2 * N) / V);
  }
  return { variance: V, first, total };
}
