import type { CountryResult, Hierarchy, IndexResult } from '../../engine/types.js';
import { correlationMatrix, cronbachAlpha, pca, pearson, present, type Column } from '../stats/index.js';
import { AUDIT_RULES } from './rules.js';
import { treatmentAudit, type TreatmentAudit } from './treatment.js';

export { AUDIT_RULES } from './rules.js';

/** Why an indicator is listed in the audit; the rules are in `AUDIT_RULES`. */
export type IndicatorFlag = 'negative' | 'dominant' | 'constant' | 'sparse';
/** Why a dimension is listed in the audit; the rules are in `AUDIT_RULES`. */
export type DimensionFlag = 'lowAlpha' | 'weakFirstComponent' | 'pcaUndefined';

export interface IndicatorAudit {
  id: string;
  name: string;
  /** The parent dimension (the index's id when the indicator sits directly under the index). */
  dimension: string;
  /** The depth-1 dimension above it (= `dimension` in a two-level framework); null directly under the index. */
  topDimension: string | null;
  /** Countries with a value for the indicator. */
  n: number;
  /** Pearson's r with the parent dimension, the top-level dimension and the index (pairwise-complete). */
  withDimension: number | null;
  withTopDimension: number | null;
  withIndex: number | null;
  /** Pearson's r with every top-level dimension, keyed by id (shows an indicator that fits another dimension better). */
  withDimensions: Record<string, number | null>;
  /** Loading (correlation) on the first principal component of its parent dimension; null when that PCA is undefined or the indicator was left out of it. */
  loading: number | null;
  flags: IndicatorFlag[];
}

export interface DimensionPca {
  /** Countries with a value in every item (listwise deletion). */
  n: number;
  /** Eigenvalues of the items' correlation matrix, largest first (they sum to the number of items). */
  eigenvalues: number[];
  /** Share of the items' total variance the first component explains, λ₁ / Σλ. */
  firstShare: number;
  /** Components with an eigenvalue above 1 (Kaiser's rule): more than one hints at several dimensions in one. */
  kaiser: number;
  /** Loading of each item on the first component, keyed by indicator id (sign: largest loading positive). */
  loadings: Record<string, number>;
}

export interface DimensionAudit {
  id: string;
  name: string;
  depth: number;
  /** Every indicator below the dimension, at any depth, in file order. */
  indicators: string[];
  /** The indicators used as items for alpha and PCA: those not flagged `constant` or `sparse`. */
  items: string[];
  /** Pearson's r with the index (pairwise-complete). */
  withIndex: number | null;
  /** Cronbach's alpha of the items; null with fewer than 2 items or 2 complete countries. */
  alpha: number | null;
  /** Countries with a value in every item (alpha and PCA use listwise deletion). */
  complete: number;
  /** PCA of the items' correlation matrix; null with no items, fewer than 3 complete countries or an item constant over them. */
  pca: DimensionPca | null;
  flags: DimensionFlag[];
}

export interface Audit {
  edition: number;
  indexId: string;
  indexName: string;
  /** Countries in the edition (ranked and unranked). */
  countries: number;
  indicators: IndicatorAudit[];
  /** Every dimension, depth-first in file order. */
  dimensions: DimensionAudit[];
  /** Correlations between the top-level dimensions, then the index (last): `r[i][j]` pairs `ids[i]` and `ids[j]`. */
  matrix: { ids: string[]; names: string[]; r: (number | null)[][] };
  /** What outlier treatment did to each indicator (file order); null when the edition has none. */
  treatment: TreatmentAudit[] | null;
  rules: typeof AUDIT_RULES;
}

/**
 * The statistical audit of one edition of an index (OECD/JRC Handbook 2008, step 4 "multivariate
 * analysis"; COINr's `get_corr()`, `get_cronbach()` and `get_PCA()`). Pure.
 *
 * Countries: every country of the edition, ranked or not (the audit is about how the indicators
 * behave together, not about the ranking), each correlation on the countries with both values
 * (pairwise deletion, R's `use = "pairwise.complete.obs"`). Alpha and PCA need complete rows, so
 * they use the countries with a value in every item of the dimension (listwise deletion); `complete`
 * says how many that is. Indicator scores are the normalised ones, aggregates as built.
 *
 * Correlations of an indicator with its own dimension include the indicator itself in the
 * dimension score (a part–whole correlation, inflated when the dimension has few indicators), as
 * COINr's do. Flags and thresholds: `AUDIT_RULES`.
 *
 * Throws a RangeError when `edition` is not in the result. Default edition: the latest.
 */
export function auditIndex(result: IndexResult, edition?: number): Audit {
  const e = edition === undefined ? result.editions.at(-1) : result.editions.find((x) => x.edition === edition);
  if (!e) {
    throw new RangeError(`edition ${String(edition)} is not in the data (editions: ${result.editions.map((x) => x.edition).join(', ') || 'none'})`);
  }
  const h = result.hierarchy;
  const col = (id: string): Column => e.countries.map((c: CountryResult) => c.scores[id] ?? null);
  const index = col(h.rootId);
  const tops = h.dimensions.filter((d) => h.nodes[d]!.depth === 1);
  const topCols = new Map(tops.map((d) => [d, col(d)]));

  const base = h.indicators.map((id) => {
    const node = h.nodes[id]!;
    const x = col(id);
    const values = present(x);
    const top = topOf(h, id);
    const flags: IndicatorFlag[] = [];
    if (values.length < AUDIT_RULES.minCountries) flags.push('sparse');
    else if (values.every((v) => v === values[0])) flags.push('constant');
    const withDimension = pearson(x, node.parent === h.rootId ? index : col(node.parent!));
    if (withDimension !== null && withDimension < AUDIT_RULES.negativeBelow) flags.push('negative');
    return {
      id, name: node.name, dimension: node.parent!, topDimension: top, n: values.length,
      withDimension,
      withTopDimension: top === null ? null : pearson(x, topCols.get(top)!),
      withIndex: pearson(x, index),
      withDimensions: Object.fromEntries(tops.map((d) => [d, pearson(x, topCols.get(d)!)])),
      loading: null as number | null,
      flags,
      column: x,
    };
  });
  const byId = new Map(base.map((b) => [b.id, b]));

  // dominant: strong with its dimension while every other indicator of that dimension is weak
  for (const b of base) {
    if (b.withDimension === null || b.withDimension < AUDIT_RULES.dominantFrom) continue;
    const others = h.nodes[b.dimension]!.children
      .filter((c) => c !== b.id && h.nodes[c]!.kind === 'indicator')
      .map((c) => byId.get(c)!.withDimension)
      .filter((r): r is number => r !== null);
    if (others.length > 0 && others.every((r) => r < AUDIT_RULES.weakBelow)) b.flags.push('dominant');
  }

  const dimensions: DimensionAudit[] = h.dimensions.map((id) => {
    const node = h.nodes[id]!;
    const indicators = descendants(h, id);
    const items = indicators.filter((i) => !byId.get(i)!.flags.some((f) => f === 'constant' || f === 'sparse'));
    const cols = items.map((i) => byId.get(i)!.column);
    const alpha = cronbachAlpha(cols);
    const p = cols.length > 0 ? pca(cols, { components: 1 }) : null;
    const complete = cols.length === 0 ? 0 : cols[0]!.filter((_, k) => cols.every((c) => c[k] !== null && !Number.isNaN(c[k]))).length;
    const dimPca: DimensionPca | null = p === null ? null : {
      n: p.n,
      eigenvalues: p.eigenvalues,
      firstShare: p.proportions[0]!,
      kaiser: p.eigenvalues.filter((l) => l > 1).length,
      loadings: Object.fromEntries(items.map((i, j) => [i, p.loadings[0]![j]!])),
    };
    const flags: DimensionFlag[] = [];
    if (alpha !== null && alpha < AUDIT_RULES.alphaBelow) flags.push('lowAlpha');
    if (dimPca !== null && items.length > 1 && dimPca.firstShare < AUDIT_RULES.firstShareBelow) flags.push('weakFirstComponent');
    if (dimPca === null && items.length > 1) flags.push('pcaUndefined');
    return { id, name: node.name, depth: node.depth, indicators, items, withIndex: pearson(col(id), index), alpha, complete, pca: dimPca, flags };
  });
  const dimById = new Map(dimensions.map((d) => [d.id, d]));
  for (const b of base) b.loading = dimById.get(b.dimension)?.pca?.loadings[b.id] ?? null;

  const ids = [...tops, h.rootId];
  return {
    edition: e.edition,
    indexId: h.rootId,
    indexName: h.nodes[h.rootId]!.name,
    countries: e.countries.length,
    indicators: base.map(({ column: _column, ...rest }) => rest),
    dimensions,
    matrix: { ids, names: ids.map((d) => h.nodes[d]!.name), r: correlationMatrix([...tops.map((d) => topCols.get(d)!), index]) },
    treatment: treatmentAudit(e, h),
    rules: AUDIT_RULES,
  };
}

/** The depth-1 ancestor of a node, or null when the node hangs directly under the index. */
function topOf(h: Hierarchy, id: string): string | null {
  let node = h.nodes[id]!;
  if (node.parent === h.rootId) return null;
  while (node.parent !== null && node.parent !== h.rootId) node = h.nodes[node.parent]!;
  return node.id;
}

/** Indicator ids below a dimension at any depth, in the hierarchy's indicator (file) order. */
function descendants(h: Hierarchy, id: string): string[] {
  const below = new Set<string>();
  const visit = (n: string): void => {
    for (const c of h.nodes[n]!.children) {
      if (h.nodes[c]!.kind === 'indicator') below.add(c);
      else visit(c);
    }
  };
  visit(id);
  return h.indicators.filter((i) => below.has(i));
}
