import { EngineError } from '../../engine/aggregate-tree.js';
import { createRng } from '../stats/rng.js';
import { ARITHMETIC, GEOMETRIC, HARMONIC, type Compiled } from './compile.js';
import type { Choice } from './factors.js';

/** Working memory of one replication, allocated once and reused by every replication. */
export interface Buffers {
  /** Aggregate values, aggregate-major (a·nC + c); NaN = missing or not applicable. */
  val: Float64Array;
  /** 1 where the aggregate applies to the country. */
  app: Uint8Array;
  /** This replication's weights, per node. */
  w: Float64Array;
  nApp: Int32Array;
  nPres: Int32Array;
  sumW: Float64Array;
  acc: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  zero: Uint8Array;
  neg: Uint8Array;
  sorted: Float64Array;
}

export function createBuffers(k: Compiled): Buffers {
  const n = k.nC;
  return {
    val: new Float64Array(k.nA * n), app: new Uint8Array(k.nA * n), w: new Float64Array(k.nI + k.nA),
    nApp: new Int32Array(n), nPres: new Int32Array(n), sumW: new Float64Array(n), acc: new Float64Array(n),
    lo: new Float64Array(n), hi: new Float64Array(n), zero: new Uint8Array(n), neg: new Uint8Array(n), sorted: new Float64Array(n),
  };
}

/**
 * This replication's weights: each node's weight times (1 + f·(2u − 1)), u uniform from the
 * choice's noise stream (COINr's noisy weights: uniform noise of ±f of the weight), drawn in node
 * order; nominal weights when the choice has no noise stream or f = 0.
 */
export function weightsInto(k: Compiled, choice: Choice, noise: number, seed: number, w: Float64Array): void {
  w.set(k.weights);
  if (choice.noiseStream === null || noise === 0) return;
  const rng = createRng(seed, choice.noiseStream);
  const n = k.nI + k.nA - 1; // every node but the index
  for (let i = 0; i < n; i++) w[i] = w[i]! * (1 + noise * (2 * rng.next() - 1));
}

/**
 * Index scores of the ranked countries under one configuration, aggregated bottom-up over the
 * compiled arrays by the rules of aggregateTree: a not-applicable child (`na`, or the dropped
 * indicator) is left out; a missing child is dropped and the weights renormalised; an aggregate
 * with fewer than minCoverage of its applicable children present is missing; one with no
 * applicable child is not applicable. Each mean is computed in the same order of operations as
 * the engine's, so scores agree with buildIndex to the last bit or nearly.
 * Returns a view of the index row of `b.val` (NaN = no score), valid until the next call.
 * Throws an EngineError when a geometric, harmonic or generalised mean meets a negative score.
 */
export function evaluate(k: Compiled, choice: Choice, b: Buffers): Float64Array {
  const { nC, nI, nA, childStart, childIndex, applicable, minCoverage } = k;
  const m = choice.imputation * k.nNorm + choice.normaliser;
  const values = k.values[m]!;
  const logs = k.logs[m]!;
  const codes = k.aggCode[choice.aggregator]!;
  const ps = k.aggP[choice.aggregator]!;
  const { val, app, w, nApp, nPres, sumW, acc, lo, hi, zero, neg } = b;
  const drop = choice.drop;
  for (let a = 0; a < nA; a++) {
    const code = codes[a]!;
    const p = ps[a]!;
    nApp.fill(0); nPres.fill(0); sumW.fill(0); acc.fill(0); zero.fill(0); neg.fill(0);
    lo.fill(Number.POSITIVE_INFINITY); hi.fill(Number.NEGATIVE_INFINITY);
    for (let e = childStart[a]!; e < childStart[a + 1]!; e++) {
      const child = childIndex[e]!;
      if (child === drop) continue;
      const wc = w[child]!;
      const leaf = child < nI;
      const src = leaf ? values : val;
      const has = leaf ? applicable : app;
      const off = (leaf ? child : child - nI) * nC;
      if (code === ARITHMETIC) {
        for (let j = 0; j < nC; j++) {
          if (has[off + j] === 0) continue;
          nApp[j] = nApp[j]! + 1;
          const v = src[off + j]!;
          if (v !== v) continue;
          nPres[j] = nPres[j]! + 1;
          sumW[j] = sumW[j]! + wc;
          acc[j] = acc[j]! + v * wc;
        }
      } else if (code === GEOMETRIC) {
        for (let j = 0; j < nC; j++) {
          if (has[off + j] === 0) continue;
          nApp[j] = nApp[j]! + 1;
          const v = src[off + j]!;
          if (v !== v) continue;
          nPres[j] = nPres[j]! + 1;
          sumW[j] = sumW[j]! + wc;
          if (v < 0) neg[j] = 1;
          else if (v === 0) zero[j] = 1;
          acc[j] = acc[j]! + wc * (leaf ? logs[off + j]! : Math.log(v));
          if (v < lo[j]!) lo[j] = v;
          if (v > hi[j]!) hi[j] = v;
        }
      } else {
        const harmonic = code === HARMONIC;
        for (let j = 0; j < nC; j++) {
          if (has[off + j] === 0) continue;
          nApp[j] = nApp[j]! + 1;
          const v = src[off + j]!;
          if (v !== v) continue;
          nPres[j] = nPres[j]! + 1;
          sumW[j] = sumW[j]! + wc;
          if (v < 0) neg[j] = 1;
          else if (v === 0) zero[j] = 1;
          acc[j] = acc[j]! + (harmonic ? wc / v : wc * v ** p);
        }
      }
    }
    const out = a * nC;
    for (let j = 0; j < nC; j++) {
      const nApplicable = nApp[j]!;
      const present = nPres[j]!;
      if (nApplicable === 0) {
        app[out + j] = 0;
        val[out + j] = Number.NaN;
        continue;
      }
      app[out + j] = 1;
      if (present === 0 || present / nApplicable < minCoverage) {
        val[out + j] = Number.NaN;
        continue;
      }
      if (neg[j] === 1 && code !== ARITHMETIC) {
        throw new EngineError(`sensitivity: a mean of "${k.nodeIds[nI + a]}" meets a score below zero under the normaliser "${k.normaliserLabels[choice.normaliser]}" (pair the geometric, harmonic and generalised means with a normaliser whose scores are not negative, e.g. minmax to [1, 100])`);
      }
      let v: number;
      if (code === ARITHMETIC) v = acc[j]! / sumW[j]!;
      else if (code === GEOMETRIC) v = zero[j] === 1 ? 0 : Math.min(Math.max(Math.exp(acc[j]! / sumW[j]!), lo[j]!), hi[j]!);
      else if (code === HARMONIC) v = zero[j] === 1 ? 0 : sumW[j]! / acc[j]!;
      else v = p < 0 && zero[j] === 1 ? 0 : (acc[j]! / sumW[j]!) ** (1 / p);
      val[out + j] = v;
    }
  }
  return val.subarray((nA - 1) * nC, nA * nC);
}

/**
 * Competition ranks ("1224") of index scores into out[offset … offset+n): the highest score
 * ranks 1, ties share the best rank. A country without a score (NaN) ranks below every country
 * with one (all such share rank (number scored) + 1). `sorted` is scratch of the same length.
 */
export function rankInto(scores: Float64Array, sorted: Float64Array, out: Uint16Array | Int32Array, offset: number): void {
  const n = scores.length;
  for (let j = 0; j < n; j++) {
    const s = scores[j]!;
    sorted[j] = s === s ? s : Number.NEGATIVE_INFINITY;
  }
  sorted.sort();
  for (let j = 0; j < n; j++) {
    const s = scores[j]!;
    const v = s === s ? s : Number.NEGATIVE_INFINITY;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    out[offset + j] = n - lo + 1;
  }
}
