import type { Dataset } from '../schema/dataset.js';
import type { Methodology } from '../schema/methodology.js';
import { aggregateColumns, effectiveWeights } from './aggregate-tree.js';
import { bandOf } from './bands.js';
import type { EditionMatrix } from './edition-matrix.js';
import { buildHierarchy } from './hierarchy.js';
import { groupsOf } from './group-of.js';
import { imputeIndicator } from './impute-indicator.js';
import { likeForLike } from './like-for-like.js';
import { nodeCoverageOf } from './node-coverage.js';
import { normalise } from './normalise/index.js';
import { competitionRank } from './rank.js';
import { scoringMatrix } from './scoring-matrix.js';
import { treatColumn, treatmentOf, type TreatmentRecord } from './treat/index.js';
import type { CountryResult, Coverage, EditionResult, Hierarchy, IndexResult } from './types.js';

/**
 * Scores every edition of a validated dataset: raw answers → denomination → unit screening → imputation → outlier treatment → normalisation →
 * aggregation level by level → bands → ranks → change since the previous edition. Pure.
 */
export function buildIndex(dataset: Dataset, options: { indexName?: string; methodology?: Methodology } = {}): IndexResult {
  const methodology = options.methodology ?? dataset.methodology;
  const hierarchy = buildHierarchy(dataset.dimensions, dataset.indicators, options.indexName);
  const editions: EditionResult[] = [];
  let before: { result: EditionResult; matrix: EditionMatrix } | null = null;
  for (const edition of dataset.editions) {
    const matrix = scoringMatrix(dataset, edition, methodology);
    const result = scoreEdition(dataset, hierarchy, matrix, methodology);
    editions.push(withChange({ result, matrix }, before, hierarchy, methodology));
    before = { result, matrix };
  }
  return { hierarchy, methodology, editions };
}

/** What scoreEdition reads of a dataset: the explorer ships just this to the browser. */
export type ScoringData = Pick<Dataset, 'indicators' | 'editions' | 'scales'> & { countries: readonly Pick<Dataset['countries'][number], 'iso3' | 'name' | 'region' | 'attributes'>[] };

/** Scores one edition's matrix (no change columns yet). */
export function scoreEdition(dataset: ScoringData, hierarchy: Hierarchy, matrix: EditionMatrix, methodology: Methodology): EditionResult {
  // matrix rows are countries by iso3: screening may have left some of dataset.countries out
  const byIso = new Map(dataset.countries.map((c) => [c.iso3, c]));
  const rowCountries = matrix.countries.map((iso3) => byIso.get(iso3)!);
  const groups = groupsOf(rowCountries, methodology.imputation.group);
  const nC = matrix.countries.length;
  const columns: (number | null | undefined)[][] = [];
  const imputed: string[][] = matrix.countries.map(() => []);
  const treatment: Record<string, TreatmentRecord> = {};
  dataset.indicators.forEach((ind, i) => {
    const raw = matrix.values.map((row) => row[i]);
    const filled = imputeIndicator(dataset, ind, raw, methodology.imputation, groups);
    for (const c of filled.imputed) imputed[c]!.push(ind.id);
    const how = treatmentOf(ind, methodology);
    if (how.method !== 'none') {
      const treated = treatColumn(filled.values, how);
      filled.values = treated.values;
      treatment[ind.id] = treated.record;
    }
    const normaliser = methodology.normalise.byIndicator[ind.id]
      ?? (ind.type === 'numeric' ? methodology.normalise.numeric : methodology.normalise.categorical);
    const applicable = filled.values.map((v) => v !== undefined);
    const normed = normalise(filled.values.filter((v): v is number | null => v !== undefined), normaliser, ind);
    let k = 0;
    columns.push(applicable.map((a) => (a ? normed[k++]! : undefined)));
  });

  const at = new Map(dataset.indicators.map((ind, i) => [ind.id, i]));
  const none = matrix.countries.map(() => undefined);
  const aggregated = aggregateColumns((id) => columns[at.get(id) ?? -1] ?? none, nC, hierarchy, methodology.aggregate);
  // every node's column, in the key order of a country's scores: indicators, then aggregates
  const scoreIds = [...dataset.indicators.map((ind) => ind.id), ...hierarchy.aggregationOrder];
  const scoreColumns = [...columns, ...hierarchy.aggregationOrder.map((id) => aggregated.get(id)!)];
  const root = aggregated.get(hierarchy.rootId)!;
  const top = hierarchy.nodes[hierarchy.rootId]!.children.map((id) => aggregated.get(id) ?? columns[at.get(id) ?? -1] ?? none);
  const coverages = matrix.values.map((row, c) => coverageOf(row, matrix.carried?.[c]));
  const ranked = coverages.map((coverage, c) => (root[c] ?? null) !== null && coverage.answered > 0 && coverage.share >= methodology.ranking.minCoverage
    && shareOfTop(top, c) >= (methodology.ranking.minDimensions ?? 0));
  const rankIds = [hierarchy.rootId, ...hierarchy.dimensions, ...hierarchy.indicators];
  const rankColumns = rankIds.map((id) => {
    const values = aggregated.get(id) ?? columns[at.get(id) ?? -1] ?? none;
    return competitionRank(values.map((v, c) => (ranked[c] || methodology.ranking.ranksOver === 'present' ? v ?? null : null)));
  });
  // records with many keys are built by copying a template that has them all, in order (fast)
  const scoreTemplate = template(scoreIds);
  const rankTemplate = template(rankIds);
  const coverageOfNodes = nodeCoverageOf(hierarchy);
  const countries: CountryResult[] = [];
  for (let c = 0; c < nC; c++) {
    const country = rowCountries[c]!;
    const index = root[c] ?? null;
    const scores: Record<string, number | null> = { ...scoreTemplate };
    for (let k = 0; k < scoreIds.length; k++) scores[scoreIds[k]!] = scoreColumns[k]![c] ?? null;
    const ranks: Record<string, number | null> = { ...rankTemplate };
    for (let k = 0; k < rankIds.length; k++) ranks[rankIds[k]!] = rankColumns[k]![c]!;
    const carried = matrix.carried?.[c];
    countries.push({
      iso3: country.iso3, name: country.name, region: country.region,
      scores,
      ranks,
      coverage: coverages[c]!,
      ranked: ranked[c]!,
      // a band is a judgement on a ranked score: an unranked country (too few answers) gets none
      band: ranked[c]! ? bandOf(index, methodology.bands) : null,
      imputed: imputed[c]!,
      carried: carried ? dataset.indicators.filter((_, i) => carried[i]).map((ind) => ind.id) : [],
      nodeCoverage: coverageOfNodes(matrix.values[c]!, carried),
      change: null,
    });
  }
  countries.sort((a, b) => {
    if (a.ranked !== b.ranked) return a.ranked ? -1 : 1;
    const ra = a.ranks[hierarchy.rootId] ?? Infinity;
    const rb = b.ranks[hierarchy.rootId] ?? Infinity;
    return ra - rb || a.name.localeCompare(b.name, 'en');
  });
  const previous = dataset.editions.filter((e) => e < matrix.edition).at(-1) ?? null;
  const out: EditionResult = { edition: matrix.edition, previous, countries, effectiveWeights: effectiveWeights(hierarchy) };
  if (matrix.screened) out.screened = matrix.screened.map((s) => ({ ...s, name: byIso.get(s.iso3)?.name ?? s.iso3 }));
  return Object.keys(treatment).length > 0 ? { ...out, treatment } : out;
}

/** A record with every key of `ids`, in order, each null: copied ({ ...t }) to make records of those keys. */
function template(ids: readonly string[]): Record<string, null> {
  const t: Record<string, null> = {};
  for (const id of ids) t[id] = null;
  return t;
}

/** dimensionShare of country c over the columns of the index's children. */
function shareOfTop(top: readonly (readonly (number | null | undefined)[])[], c: number): number {
  let applicable = 0;
  let present = 0;
  for (const column of top) {
    const v = column[c];
    if (v === undefined) continue;
    applicable++;
    if (v !== null) present++;
  }
  return applicable === 0 ? 1 : present / applicable;
}

/** Share of the index's applicable direct children (top-level dimensions) that have a score. */
export function dimensionShare(scores: Record<string, number | null | undefined>, hierarchy: Hierarchy): number {
  const top = hierarchy.nodes[hierarchy.rootId]!.children.filter((c) => scores[c] !== undefined);
  return top.length === 0 ? 1 : top.filter((c) => scores[c] !== null).length / top.length;
}

/**
 * Coverage of one country's row: answered / (answered + missing); not-applicable cells count
 * in neither, and a cell carried forward from the previous edition counts as missing (it is no
 * evidence for this one). A country with nothing applicable has share 1.
 */
export function coverageOf(row: readonly (number | null | undefined)[], carried: readonly boolean[] = []): Coverage {
  let answered = 0;
  let missing = 0;
  let na = 0;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v === undefined) na++;
    else if (v === null || carried[i]) missing++;
    else answered++;
  }
  return { answered, missing, na, share: answered + missing === 0 ? 1 : answered / (answered + missing) };
}

/**
 * Adds change in index score and rank since the previous edition (rank: positive = moved up),
 * and the score change like for like (over the indicators answered in both editions).
 */
function withChange(
  current: { result: EditionResult; matrix: EditionMatrix },
  previous: { result: EditionResult; matrix: EditionMatrix } | null,
  hierarchy: Hierarchy,
  methodology: Methodology,
): EditionResult {
  if (!previous) return current.result;
  const rootId = hierarchy.rootId;
  const before = new Map(previous.result.countries.map((c) => [c.iso3, c]));
  const row = (m: EditionMatrix, iso3: string) => {
    const k = m.countries.indexOf(iso3);
    return { row: m.values[k] ?? [], carried: m.carried?.[k] };
  };
  return {
    ...current.result,
    countries: current.result.countries.map((c) => {
      const p = before.get(c.iso3);
      if (!p) return c;
      const s0 = p.scores[rootId] ?? null;
      const s1 = c.scores[rootId] ?? null;
      const r0 = p.ranks[rootId] ?? null;
      const r1 = c.ranks[rootId] ?? null;
      const like = likeForLike(hierarchy, methodology.aggregate, { scores: c.scores, ...row(current.matrix, c.iso3) }, { scores: p.scores, ...row(previous.matrix, c.iso3) });
      return { ...c, change: { score: s0 !== null && s1 !== null ? s1 - s0 : null, rank: r0 !== null && r1 !== null ? r0 - r1 : null, likeForLike: like } };
    }),
  };
}
