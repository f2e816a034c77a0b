import { scoreEdition } from '../../engine/build-index.js';
import { scoringMatrix } from '../../engine/scoring-matrix.js';
import { buildHierarchy } from '../../engine/hierarchy.js';
import { groupsOf } from '../../engine/group-of.js';
import { imputeIndicator } from '../../engine/impute-indicator.js';
import { normalise } from '../../engine/normalise/index.js';
import { treatColumn, treatmentOf } from '../../engine/treat/index.js';
import type { Dataset } from '../../schema/dataset.js';
import type { Aggregator, Methodology } from '../../schema/methodology.js';
import { alternativeMethodology, type Alternatives } from './factors.js';

/** Aggregator codes of the compiled path. */
export const ARITHMETIC = 0;
export const GEOMETRIC = 1;
export const HARMONIC = 2;
export const GENERALISED = 3;
export const COPELAND = 4;

/**
 * One edition compiled for fast replication. Columns are every country of the edition's scoring
 * matrix (after screening, under the methodology or any screening alternative), in data order:
 * normalisation and Copeland's comparisons see them all, as in buildIndex; ranks are given to the ranked countries of the nominal run alone
 * (`countries`, at columns `ranked`). Nodes are the indicators (0 … nI−1, file order) then the
 * aggregates (nI … nI+nA−1) in aggregation order, deepest first, the index last.
 */
export interface Compiled {
  edition: number;
  /** ISO3, name and nominal result of each ranked country, in column order. */
  countries: { iso3: string; name: string; nominal: number; score: number }[];
  /** The column of each of `countries`. */
  ranked: Int32Array;
  indicators: string[];
  /** Columns: every country of the edition (kept by the methodology's or some alternative's screening). */
  nC: number;
  nI: number;
  nA: number;
  /**
   * Normalised values, indicator-major (value of indicator i for country c at i·nC + c), one
   * matrix per data × imputation × treatment × normaliser alternative (index ((data·nImp + imp)·nTreat
   * + treat)·nNorm + norm, where data = denomination·nScreen + screening); NaN = missing.
   */
  values: Float64Array[];
  /** `values` with missing and not-applicable cells 0, so that a sum can run over every cell. */
  zeroed: Float64Array[];
  /** Math.log of `values` (−∞ for 0, NaN for negative), 0 where missing: the geometric mean's terms. */
  logs: Float64Array[];
  /** Per data × imputation alternative (data·nImp + imp): 1 where the indicator has a value for the country, else 0. */
  present: Float64Array[];
  /** Per data alternative: 1 where the indicator applies to the country (not `na`, not screened out), indicator-major. */
  applicable: Uint8Array[];
  nNorm: number;
  nTreat: number;
  nImp: number;
  nScreen: number;
  /** Children of aggregate a (0-based among aggregates): childIndex[childStart[a] … childStart[a+1]). Node indices. */
  childStart: Int32Array;
  childIndex: Int32Array;
  /** Weight of every node as written (the index: 1). */
  weights: Float64Array;
  /** Per aggregator alternative, per aggregate: the code of its mean and, for generalised, p. */
  aggCode: Int8Array[];
  aggP: Float64Array[];
  /** Share of applicable children each aggregate needs (by aggregate index). */
  minCoverage: Float64Array;
  /** Parent of each aggregate, as an aggregate index (−1 for the index). */
  parentOf: Int32Array;
  /** Node ids, for messages. */
  nodeIds: string[];
  /** Labels of the normaliser alternatives, for messages. */
  normaliserLabels: string[];
}

/**
 * Compiles one edition of a dataset under every alternative combination: for each denomination
 * × screening alternative its scoring matrix (scoringMatrix), then imputeColumn → treatColumn →
 * normalise for each imputation × treatment × normaliser alternative (the engine's own
 * functions, so results agree with buildIndex), the hierarchy as flat arrays, and the nominal
 * ranked countries with their nominal rank and score (scoreEdition with the methodology).
 * Columns are the countries that the methodology or some screening alternative keeps, in data
 * order; a country that an alternative screens out has no applicable cell under it.
 */
export function compile(dataset: Dataset, methodology: Methodology, alternatives: Alternatives, edition: number): Compiled {
  const hierarchy = buildHierarchy(dataset.dimensions, dataset.indicators);
  const matrix = scoringMatrix(dataset, edition, methodology);
  const nominal = scoreEdition(dataset, hierarchy, matrix, methodology);
  const variants = alternatives.denominations.flatMap((d) => alternatives.screens.map((s) => scoringMatrix(dataset, edition, alternativeMethodology(methodology, null, null, null, null, d, s))));
  const kept = new Set([matrix, ...variants].flatMap((m) => m.countries));
  const columnIso = dataset.countries.map((c) => c.iso3).filter((iso3) => kept.has(iso3));
  const columnOf = new Map(columnIso.map((iso3, c) => [iso3, c]));
  const byIso = new Map(nominal.countries.map((c) => [c.iso3, c]));
  const ranked = columnIso.flatMap((iso3, c) => (byIso.get(iso3)?.ranked ? [c] : []));
  const countries = ranked.map((c) => {
    const r = byIso.get(columnIso[c]!)!;
    return { iso3: r.iso3, name: r.name, nominal: r.ranks[hierarchy.rootId]!, score: r.scores[hierarchy.rootId]! };
  });
  const nC = columnIso.length;
  const nI = dataset.indicators.length;
  const countryOf = new Map(dataset.countries.map((c) => [c.iso3, c]));

  const applicable: Uint8Array[] = [];
  const values: Float64Array[] = [];
  const present: Float64Array[] = [];
  for (const matrix of variants) {
    const rowCountries = matrix.countries.map((iso3) => countryOf.get(iso3)!);
    const columns = matrix.countries.map((iso3) => columnOf.get(iso3)!);
    const app = new Uint8Array(nI * nC);
    dataset.indicators.forEach((_, i) => columns.forEach((c, k) => { app[i * nC + c] = matrix.values[k]![i] === undefined ? 0 : 1; }));
    applicable.push(app);
    for (const imputation of alternatives.imputations) {
      for (const treatment of alternatives.treatments) for (const normaliser of alternatives.normalisers) {
        const m = alternativeMethodology(methodology, normaliser, null, imputation, treatment);
        const out = new Float64Array(nI * nC).fill(Number.NaN);
        dataset.indicators.forEach((ind, i) => {
          const filled = imputeIndicator(dataset, ind, matrix.values.map((row) => row[i]), m.imputation, groupsOf(rowCountries, m.imputation.group));
          const how = treatmentOf(ind, m);
          if (how.method !== 'none') filled.values = treatColumn(filled.values, how).values;
          const method = m.normalise.byIndicator[ind.id] ?? (ind.type === 'numeric' ? m.normalise.numeric : m.normalise.categorical);
          const normed = normalise(filled.values.filter((v): v is number | null => v !== undefined), method, ind);
          let j = 0;
          filled.values.forEach((v, k) => {
            if (v === undefined) return;
            const x = normed[j++];
            if (typeof x === 'number') out[i * nC + columns[k]!] = x;
          });
        });
        values.push(out);
      }
      present.push(values.at(-1)!.map((v) => (Number.isNaN(v) ? 0 : 1)));
    }
  }
  const zeroed = values.map((m) => m.map((v) => (Number.isNaN(v) ? 0 : v)));
  const logs = values.map((m) => m.map((v) => (Number.isNaN(v) ? 0 : Math.log(v))));

  const aggregates = hierarchy.aggregationOrder;
  const nA = aggregates.length;
  const nodeIds = [...hierarchy.indicators, ...aggregates];
  const indexOf = new Map(nodeIds.map((id, k) => [id, k]));
  const childStart = new Int32Array(nA + 1);
  const childList: number[] = [];
  aggregates.forEach((id, a) => {
    childStart[a] = childList.length;
    for (const c of hierarchy.nodes[id]!.children) childList.push(indexOf.get(c)!);
  });
  childStart[nA] = childList.length;
  const weights = Float64Array.from(nodeIds, (id) => hierarchy.nodes[id]!.weight);
  const parentOf = Int32Array.from(aggregates, (id) => {
    const parent = hierarchy.nodes[id]!.parent;
    return parent === null ? -1 : aggregates.indexOf(parent);
  });

  const aggCode: Int8Array[] = [];
  const aggP: Float64Array[] = [];
  for (const aggregator of alternatives.aggregators) {
    const m = alternativeMethodology(methodology, null, aggregator, null);
    const codes = new Int8Array(nA);
    const ps = new Float64Array(nA);
    aggregates.forEach((id, a) => {
      const g: Aggregator = m.aggregate.byDepth[String(hierarchy.nodes[id]!.depth)] ?? m.aggregate.default;
      codes[a] = g.method === 'arithmetic' ? ARITHMETIC : g.method === 'geometric' ? GEOMETRIC : g.method === 'harmonic' ? HARMONIC
        : g.method === 'copeland' ? COPELAND : GENERALISED;
      ps[a] = g.method === 'generalised' ? g.p : 1;
    });
    aggCode.push(codes);
    aggP.push(ps);
  }

  return {
    edition, countries, ranked: Int32Array.from(ranked), indicators: [...hierarchy.indicators], nC, nI, nA, values, zeroed, logs, present, applicable,
    nNorm: alternatives.normalisers.length, nTreat: alternatives.treatments.length, nImp: alternatives.imputations.length, nScreen: alternatives.screens.length, childStart, childIndex: Int32Array.from(childList), weights, aggCode, aggP,
    minCoverage: Float64Array.from(aggregates, (id) => methodology.aggregate.minCoverageByDepth?.[String(hierarchy.nodes[id]!.depth)] ?? methodology.aggregate.minCoverage),
    parentOf, nodeIds,
    normaliserLabels: alternatives.normalisers.map((n) => n?.method ?? 'methodology'),
  };
}
