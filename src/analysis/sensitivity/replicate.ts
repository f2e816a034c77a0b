import { EngineError } from '../../engine/aggregate-tree.js';
import { engineText } from '../../messages/engine.js';
import { createRng } from '../stats/rng.js';
import { ARITHMETIC, COPELAND, GEOMETRIC, HARMONIC, type Compiled } from './compile.js';
import type { Choice } from './factors.js';

/**
 * Which aggregates have a value, for one data alternative (denomination × screening), one
 * imputation and one dropped indicator. The coverage rules do not depend on weights, normaliser
 * or aggregator, so this is worked out once per (data, imputation, drop) and reused by every
 * replication that shares them.
 */
export interface Structure {
  /** Per aggregate × country (a·nC + c): 0 = has a value, 1 = missing, 2 = not applicable. */
  status: Uint8Array;
  /** 1 where status is 0, else 0. */
  present: Float64Array;
  /**
   * Countries with a value whose children are not all there (a child missing, not applicable
   * or dropped): incomplete[incStart[a] … incStart[a+1]). The others divide by the sum of all
   * the aggregate's weights.
   */
  incStart: Int32Array;
  incomplete: Int32Array;
}

/** Working memory of replications, allocated once and reused by every replication. */
export interface Buffers {
  /** Aggregate values, aggregate-major (a·nC + c); NaN = no value. Filled where a value is needed. */
  val: Float64Array;
  /** Aggregate values with 0 for no value (arithmetic terms). */
  zeroed: Float64Array;
  /** Logs of aggregate values, 0 for no value (geometric terms); a geometric aggregate keeps its mean in log space. */
  logs: Float64Array;
  /** This replication's weights, per node. */
  w: Float64Array;
  sumW: Float64Array;
  acc: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  zero: Uint8Array;
  /** Columns with a value at a Copeland aggregate (scratch of copelandInto). */
  members: Int32Array;
  /** Ranked countries by this replication's index score (scratch of rankInto), and their sort keys. */
  order: Int32Array;
  key: Float64Array;
  /** Structures by (data·nImp + imputation)·(nI + 1) + drop + 1. */
  structures: Map<number, Structure>;
  /** Per (matrix, drop): the least and greatest log of the indicators present under each aggregate (±∞ if none). */
  bounds: Map<number, { low: Float64Array; high: Float64Array }>;
}

export function createBuffers(k: Compiled): Buffers {
  const n = k.nC;
  const agg = () => new Float64Array(k.nA * n);
  return {
    val: agg(), zeroed: agg(), logs: agg(), w: new Float64Array(k.nI + k.nA),
    sumW: new Float64Array(n), acc: new Float64Array(n), lo: new Float64Array(n), hi: new Float64Array(n), zero: new Uint8Array(n),
    members: new Int32Array(n),
    order: Int32Array.from({ length: k.ranked.length }, (_, j) => j), key: new Float64Array(k.ranked.length),
    structures: new Map(), bounds: new Map(),
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
 * The rules of aggregateTree applied to presence alone: a not-applicable child (`na`, or the
 * dropped indicator) is left out; an aggregate with no applicable child is not applicable; one
 * with fewer than minCoverage of its applicable children present (or none) is missing.
 */
export function structureOf(k: Compiled, data: number, imputation: number, drop: number): Structure {
  const { nC, nI, nA, childStart, childIndex, minCoverage } = k;
  const applicable = k.applicable[data]!;
  const pres = k.present[data * k.nImp + imputation]!;
  const status = new Uint8Array(nA * nC);
  const present = new Float64Array(nA * nC);
  const nApp = new Int32Array(nC);
  const nPres = new Int32Array(nC);
  const incStart = new Int32Array(nA + 1);
  const incomplete: number[] = [];
  for (let a = 0; a < nA; a++) {
    nApp.fill(0);
    nPres.fill(0);
    let children = 0;
    for (let e = childStart[a]!; e < childStart[a + 1]!; e++) {
      const child = childIndex[e]!;
      if (child === drop) continue;
      children++;
      const leaf = child < nI;
      for (let j = 0; j < nC; j++) {
        const o = (leaf ? child : child - nI) * nC + j;
        if (leaf ? applicable[o] === 1 : status[o] !== 2) {
          nApp[j] = nApp[j]! + 1;
          if ((leaf ? pres[o] : present[o]) === 1) nPres[j] = nPres[j]! + 1;
        }
      }
    }
    incStart[a] = incomplete.length;
    for (let j = 0; j < nC; j++) {
      const na = nApp[j]!;
      const np = nPres[j]!;
      const s = na === 0 ? 2 : np === 0 || np / na < minCoverage[a]! ? 1 : 0;
      status[a * nC + j] = s;
      present[a * nC + j] = s === 0 ? 1 : 0;
      if (s === 0 && np < children) incomplete.push(j);
    }
  }
  incStart[nA] = incomplete.length;
  return { status, present, incStart, incomplete: Int32Array.from(incomplete) };
}

/** Per aggregate and country, the least and greatest log among its indicators present (the geometric mean's clamp). */
function boundsOf(k: Compiled, m: number, presence: number, drop: number): { low: Float64Array; high: Float64Array } {
  const { nC, nI, nA, childStart, childIndex } = k;
  const logs = k.logs[m]!;
  const pres = k.present[presence]!;
  const low = new Float64Array(nA * nC).fill(Number.POSITIVE_INFINITY);
  const high = new Float64Array(nA * nC).fill(Number.NEGATIVE_INFINITY);
  for (let a = 0; a < nA; a++) {
    for (let e = childStart[a]!; e < childStart[a + 1]!; e++) {
      const child = childIndex[e]!;
      if (child === drop || child >= nI) continue;
      for (let j = 0; j < nC; j++) {
        const o = child * nC + j;
        if (pres[o] !== 1) continue;
        const l = logs[o]!;
        if (l < low[a * nC + j]!) low[a * nC + j] = l;
        if (l > high[a * nC + j]!) high[a * nC + j] = l;
      }
    }
  }
  return { low, high };
}

/**
 * Index scores of every country (column) under one configuration, aggregated bottom-up over the
 * compiled arrays by the rules of aggregateTree (see structureOf). Each mean runs over every
 * child with 0 in place of a missing one (adding 0 changes no sum), in the engine's order of
 * operations; the sum of weights is the full one for countries with every child, recomputed for
 * the few without. The geometric mean exp(Σ wᵢ ln xᵢ / Σ wᵢ), clamped to the children's range
 * (any 0 giving 0), stays in log space up a chain of geometric means and is exponentiated only
 * where a value is needed. A Copeland aggregate compares the countries with a value at it
 * (copelandInto). Scores agree with buildIndex to within a few units in the last place.
 * Returns a view of the index row of `b.val` (NaN = no score), valid until the next call.
 * Throws an EngineError when a geometric, harmonic or generalised mean meets a negative score.
 */
export function evaluate(k: Compiled, choice: Choice, b: Buffers): Float64Array {
  const { nC, nI, nA, childStart, childIndex, parentOf } = k;
  const data = choice.denomination * k.nScreen + choice.screening;
  const presence = data * k.nImp + choice.imputation;
  const drop = choice.drop;
  const m = (presence * k.nTreat + choice.treatment) * k.nNorm + choice.normaliser;
  const sKey = presence * (nI + 1) + drop + 1;
  let structure = b.structures.get(sKey);
  if (structure === undefined) b.structures.set(sKey, (structure = structureOf(k, data, choice.imputation, drop)));
  const { status, present: aggPresent, incStart, incomplete } = structure;
  const codes = k.aggCode[choice.aggregator]!;
  const ps = k.aggP[choice.aggregator]!;
  let bounds: { low: Float64Array; high: Float64Array } | undefined;
  const leafValues = k.values[m]!;
  const leafZeroed = k.zeroed[m]!;
  const leafLogs = k.logs[m]!;
  const leafPresent = k.present[presence]!;
  const { val, zeroed, logs, w, sumW, acc, lo, hi, zero } = b;
  for (let a = 0; a < nA; a++) {
    const code = codes[a]!;
    const p = ps[a]!;
    const c0 = childStart[a]!;
    const c1 = childStart[a + 1]!;
    const out = a * nC;
    if (code === COPELAND) copelandInto(k, a, drop, w, leafValues, val, status, acc, b.members);
    else {
      let first = true;
      // Σ wᵢ over the children, in order (countries with every child); the others below.
      let total = 0;
      for (let e = c0; e < c1; e++) if (childIndex[e] !== drop) total += w[childIndex[e]!]!;
      sumW.fill(total);
      for (let i = incStart[a]!; i < incStart[a + 1]!; i++) {
        const j = incomplete[i]!;
        let s = 0;
        for (let e = c0; e < c1; e++) {
          const child = childIndex[e]!;
          if (child === drop) continue;
          const here = child < nI ? leafPresent[child * nC + j] : aggPresent[(child - nI) * nC + j];
          if (here === 1) s += w[child]!;
        }
        sumW[j] = s;
      }
      if (code === GEOMETRIC) {
        if (bounds === undefined) {
          const bKey = m * (nI + 1) + drop + 1;
          bounds = b.bounds.get(bKey);
          if (bounds === undefined) b.bounds.set(bKey, (bounds = boundsOf(k, m, presence, drop)));
        }
        lo.set(bounds.low.subarray(out, out + nC));
        hi.set(bounds.high.subarray(out, out + nC));
      } else if (code !== ARITHMETIC) {
        zero.fill(0);
      }
      for (let e = c0; e < c1; e++) {
        const child = childIndex[e]!;
        if (child === drop) continue;
        const wc = w[child]!;
        const leaf = child < nI;
        const off = (leaf ? child : child - nI) * nC;
        if (code === ARITHMETIC || code === GEOMETRIC) {
          const x = code === ARITHMETIC ? (leaf ? leafZeroed : zeroed) : leaf ? leafLogs : logs;
          if (first) ax(acc, wc, x, off, nC);
          else axpy(acc, wc, x, off, nC);
          first = false;
          if (code === GEOMETRIC && !leaf) widen(lo, hi, logs, aggPresent, off, nC);
        } else {
          // harmonic and generalised: the general rule, value by value (rarely used)
          if (first) acc.fill(0);
          first = false;
          const x = leaf ? leafValues : val;
          const pr = leaf ? leafPresent : aggPresent;
          const harmonic = code === HARMONIC;
          for (let j = 0; j < nC; j++) {
            if (pr[off + j] !== 1) continue;
            const v = x[off + j]!;
            if (v < 0) acc[j] = Number.NaN;
            else if (v === 0) zero[j] = 1;
            acc[j] = acc[j]! + (harmonic ? wc / v : wc * v ** p);
          }
        }
      }
      if (first) acc.fill(0); // every child dropped: the aggregate is not applicable anyway
    }
    const parent = parentOf[a]!;
    const parentGeometric = parent >= 0 && codes[parent] === GEOMETRIC;
    for (let j = 0; j < nC; j++) {
      if (status[out + j] !== 0) {
        val[out + j] = Number.NaN;
        zeroed[out + j] = 0;
        logs[out + j] = 0;
        continue;
      }
      if (code === GEOMETRIC) {
        const y = acc[j]! / sumW[j]!;
        if (y !== y) throw negative(k, a, choice);
        const l = y < lo[j]! ? lo[j]! : y > hi[j]! ? hi[j]! : y;
        logs[out + j] = l;
        if (!parentGeometric) {
          const v = Math.exp(l);
          val[out + j] = v;
          zeroed[out + j] = v;
        }
        continue;
      }
      let v: number;
      if (code === ARITHMETIC) v = acc[j]! / sumW[j]!;
      else if (code === COPELAND) v = acc[j]!;
      else if (acc[j]! !== acc[j]!) throw negative(k, a, choice);
      else if (code === HARMONIC) v = zero[j] === 1 ? 0 : sumW[j]! / acc[j]!;
      else v = p < 0 && zero[j] === 1 ? 0 : (acc[j]! / sumW[j]!) ** (1 / p);
      val[out + j] = v;
      if (parentGeometric) logs[out + j] = Math.log(v);
      else zeroed[out + j] = v;
    }
  }
  return val.subarray((nA - 1) * nC, nA * nC);
}

/** acc[j] = w · x[off + j] for j < n (the first child: 0 + w·x is w·x). */
function ax(acc: Float64Array, w: number, x: Float64Array, off: number, n: number): void {
  for (let j = 0; j < n; j++) acc[j] = w * x[off + j]!;
}

/** acc[j] += w · x[off + j] for j < n: the inner loop of every sum, kept small so that it compiles tight. */
function axpy(acc: Float64Array, w: number, x: Float64Array, off: number, n: number): void {
  let j = 0;
  for (; j + 3 < n; j += 4) {
    const o = off + j;
    acc[j] = acc[j]! + w * x[o]!;
    acc[j + 1] = acc[j + 1]! + w * x[o + 1]!;
    acc[j + 2] = acc[j + 2]! + w * x[o + 2]!;
    acc[j + 3] = acc[j + 3]! + w * x[o + 3]!;
  }
  for (; j < n; j++) acc[j] = acc[j]! + w * x[off + j]!;
}

/** Widens [lo, hi] by the present values x[off + j]. */
function widen(lo: Float64Array, hi: Float64Array, x: Float64Array, present: Float64Array, off: number, n: number): void {
  for (let j = 0; j < n; j++) {
    if (present[off + j] !== 1) continue;
    const l = x[off + j]!;
    if (l < lo[j]!) lo[j] = l;
    if (l > hi[j]!) hi[j] = l;
  }
}

function negative(k: Compiled, a: number, choice: Choice): EngineError {
  return new EngineError(engineText.sensitivityNegativeMean(k.nodeIds[k.nI + a]!, k.normaliserLabels[choice.normaliser]!));
}

/**
 * The Copeland scores of aggregate a into acc (0 for a country without a value), by the rule of
 * engine/aggregate/copeland.ts: the countries with a value at a (status 0) are compared pairwise;
 * W(x ≻ y) sums, in child order, this replication's weights of the children where x's value is
 * above y's (a child missing for either, NaN, compares false both ways and counts for neither);
 * x wins when W(x ≻ y) > W(y ≻ x) beyond 1e−12 of their sum, and scores wins − losses.
 * O(n² · children) for the n countries compared.
 */
function copelandInto(k: Compiled, a: number, drop: number, w: Float64Array, leaf: Float64Array, agg: Float64Array,
  status: Uint8Array, acc: Float64Array, members: Int32Array): void {
  const { nC, nI, childStart, childIndex } = k;
  const out = a * nC;
  let n = 0;
  for (let j = 0; j < nC; j++) {
    acc[j] = 0;
    if (status[out + j] === 0) members[n++] = j;
  }
  const c0 = childStart[a]!;
  const c1 = childStart[a + 1]!;
  for (let p = 0; p < n; p++) {
    const x = members[p]!;
    for (let q = p + 1; q < n; q++) {
      const y = members[q]!;
      let wx = 0;
      let wy = 0;
      for (let e = c0; e < c1; e++) {
        const child = childIndex[e]!;
        if (child === drop) continue;
        const values = child < nI ? leaf : agg;
        const off = (child < nI ? child : child - nI) * nC;
        const vx = values[off + x]!;
        const vy = values[off + y]!;
        if (vx > vy) wx += w[child]!;
        else if (vy > vx) wy += w[child]!;
      }
      if (Math.abs(wx - wy) <= 1e-12 * (wx + wy)) continue;
      const d = wx > wy ? 1 : -1;
      acc[x] = acc[x]! + d;
      acc[y] = acc[y]! - d;
    }
  }
}

/**
 * Competition ranks ("1224") of the index scores of the columns `cols` (the ranked countries)
 * into out[offset … offset+cols.length): the highest score ranks 1, ties share the best rank. A
 * country without a score (NaN) ranks below every country with one (all such share rank (number
 * scored) + 1). `order` carries the previous replication's order, so the insertion sort does
 * little work when ranks move little; `key` is scratch.
 */
export function rankInto(scores: Float64Array, cols: Int32Array, order: Int32Array, key: Float64Array, out: Uint16Array | Int32Array, offset: number): void {
  const n = cols.length;
  for (let j = 0; j < n; j++) {
    const s = scores[cols[j]!]!;
    key[j] = s === s ? s : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < n; i++) {
    const x = order[i]!;
    const kx = key[x]!;
    let q = i - 1;
    while (q >= 0 && key[order[q]!]! < kx) {
      order[q + 1] = order[q]!;
      q--;
    }
    order[q + 1] = x;
  }
  let previous = Number.NaN;
  let rank = 0;
  for (let i = 0; i < n; i++) {
    const x = order[i]!;
    const kx = key[x]!;
    if (kx !== previous) rank = i + 1;
    out[offset + x] = rank;
    previous = kx;
  }
}
