import type { EditionResult, IndexResult } from '../engine/types.js';
import type { Aggregator, Methodology, Normaliser } from '../schema/methodology.js';

/**
 * A method choice that flattens the index: it zeroes or ties most countries, so the ranking
 * says little. Each warning names the method (as written in methodology.json or on the command
 * line) and how many countries it zeroed or tied, out of how many.
 * - `zeroed`: an aggregator that a single zero drags to zero (geometric, harmonic, generalised
 *   with p < 0) gives most ranked countries an index score of 0;
 * - `tied`: most ranked countries share one rank on the index (when they also share a zero
 *   under such an aggregator, `zeroed` says it and `tied` is not repeated);
 * - `flat`: a normaliser relative to the data (minmax, zscore, rank, percentile, borda) gives
 *   every country with a value on an indicator the same score, because every value is equal.
 */
export type MethodWarning =
  | { kind: 'zeroed'; method: string; count: number; of: number }
  | { kind: 'tied'; method: MethodsInEffect; count: number; of: number; rank: number }
  | { kind: 'flat'; method: string; count: number; of: number; indicator: string; name: string };

/** "Most" is more than half; fewer than this many ranked countries never warn about ties or zeroes. */
export const DEGENERATE_MIN_COUNTRIES = 3;

const RELATIVE: ReadonlySet<Normaliser['method']> = new Set(['minmax', 'zscore', 'rank', 'percentile', 'borda']);

/** An aggregator whose value is 0 as soon as one child scores 0. */
const absorbsZero = (a: Aggregator) => a.method === 'geometric' || a.method === 'harmonic' || (a.method === 'generalised' && a.p < 0);

/** The aggregators used by the index and its dimensions (by depth of the parent), in order. */
function aggregatorsUsed(result: IndexResult): Aggregator[] {
  const depths = [...new Set(result.hierarchy.aggregationOrder.map((id) => result.hierarchy.nodes[id]!.depth))].sort((a, b) => a - b);
  const a = result.methodology.aggregate;
  return depths.map((d) => a.byDepth[String(d)] ?? a.default);
}

/** A method as a reader would type it: `geometric`, `generalised (p = -1)`, `minmax`. */
export function methodName(m: Aggregator | Normaliser): string {
  return m.method === 'generalised' ? `generalised (p = ${m.p})` : m.method;
}

/** What the warnings read of an indicator: its type decides its normaliser. */
export type IndicatorType = { id: string; type: 'numeric' | 'categorical' };

const typesOf = (indicators: readonly IndicatorType[]) => new Map(indicators.map((i) => [i.id, i.type]));

/** The normaliser an indicator gets under a methodology (as in scoreEdition). */
function normaliserOf(methodology: Methodology, id: string, type: 'numeric' | 'categorical'): Normaliser {
  return methodology.normalise.byIndicator[id] ?? (type === 'numeric' ? methodology.normalise.numeric : methodology.normalise.categorical);
}

/** The method choices in effect, each as written ('minmax/none' when indicators differ). */
export interface MethodsInEffect { normaliser: string; aggregator: string; imputation: string }

/**
 * The method choices (normalisers, aggregators, imputation) in effect, named for a tie whose
 * cause is not one aggregator: { normaliser: 'minmax/none', aggregator: 'arithmetic', imputation: 'none' }.
 */
export function methodsInEffect(result: IndexResult, indicators: readonly IndicatorType[]): MethodsInEffect {
  const types = typesOf(indicators);
  const m = result.methodology;
  const norms = [...new Set(result.hierarchy.indicators.map((id) => methodName(normaliserOf(m, id, types.get(id) ?? 'categorical'))))];
  const aggs = [...new Set(aggregatorsUsed(result).map(methodName))];
  return { normaliser: norms.join('/'), aggregator: aggs.join('/'), imputation: m.imputation.method };
}

/**
 * The degenerate-method warnings of one edition, zeroes first, then ties, then flat indicators
 * in framework order. `indicators` give each indicator's type (for the normaliser it gets). Pure;
 * the same result gives the same warnings. Ranked countries count for `zeroed` and `tied`;
 * every country with a score on the indicator counts for `flat` (at least two needed).
 * @example degenerateMethods(result, result.editions.at(-1), dataset.indicators) // result under --aggregator geometric
 * // [{ kind: 'zeroed', method: 'geometric', count: 21, of: 21 }] for the shipped index
 */
export function degenerateMethods(result: IndexResult, edition: EditionResult, indicators: readonly IndicatorType[]): MethodWarning[] {
  const types = typesOf(indicators);
  const out: MethodWarning[] = [];
  const root = result.hierarchy.rootId;
  const ranked = edition.countries.filter((c) => c.ranked);
  const n = ranked.length;
  const most = (k: number) => n >= DEGENERATE_MIN_COUNTRIES && k * 2 > n;

  const zeroing = [...new Set(aggregatorsUsed(result).filter(absorbsZero).map(methodName))];
  const zeroes = ranked.filter((c) => c.scores[root] === 0).length;
  const zeroed = zeroing.length > 0 && most(zeroes);
  if (zeroed) out.push({ kind: 'zeroed', method: zeroing.join('/'), count: zeroes, of: n });

  const byRank = new Map<number, number>();
  for (const c of ranked) {
    const r = c.ranks[root];
    if (r !== null && r !== undefined) byRank.set(r, (byRank.get(r) ?? 0) + 1);
  }
  const [rank, tied] = [...byRank].reduce((best, e) => (e[1] > best[1] ? e : best), [0, 0]);
  const tiedAtZero = ranked.find((c) => c.ranks[root] === rank)?.scores[root] === 0;
  if (most(tied) && !(zeroed && tiedAtZero)) out.push({ kind: 'tied', method: methodsInEffect(result, indicators), count: tied, of: n, rank });

  for (const id of result.hierarchy.indicators) {
    const normaliser = normaliserOf(result.methodology, id, types.get(id) ?? 'categorical');
    if (!RELATIVE.has(normaliser.method)) continue;
    const values = edition.countries.map((c) => c.scores[id]).filter((v): v is number => typeof v === 'number');
    if (values.length >= 2 && values.every((v) => v === values[0])) {
      out.push({ kind: 'flat', method: methodName(normaliser), count: values.length, of: values.length, indicator: id, name: result.hierarchy.nodes[id]!.name });
    }
  }
  return out;
}
