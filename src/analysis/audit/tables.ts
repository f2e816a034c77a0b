import type { Cell, Column, Table } from '../../report/tables/table.js';
import type { Audit } from './audit.js';
import { auditEn, type AuditStrings } from './strings.js';
import { auditTreatmentEn, type AuditTreatmentStrings } from './treatment-strings.js';

export interface AuditTables {
  indicators: Table;
  dimensions: Table;
  matrix: Table;
  /** The outlier-treatment table; null when the edition has no treatment. */
  treatment: Table | null;
}

/** The audit tables: indicator correlations with flags, alpha and PCA per dimension, the dimension correlation matrix, and outlier treatment when there is any. Pure. */
export function auditTables(audit: Audit, strings: AuditStrings = auditEn, treatmentStrings: AuditTreatmentStrings = auditTreatmentEn): AuditTables {
  return {
    indicators: indicatorTable(audit, strings), dimensions: dimensionTable(audit, strings), matrix: matrixTable(audit, strings),
    treatment: treatmentTable(audit, treatmentStrings),
  };
}

/**
 * One row per indicator: what outlier treatment did (none set, checked and left, winsorised, log
 * transform, still failing), skew and kurtosis before and after, points winsorised on the high and
 * low side, and whether the column passes after. Null when the edition has no treatment.
 */
export function treatmentTable(audit: Audit, s: AuditTreatmentStrings = auditTreatmentEn): Table | null {
  if (audit.treatment === null) return null;
  const stat = (key: string, label: string, short: string): Column => ({ key, label, short, align: 'right', digits: 3 });
  const count = (key: string, label: string, short: string): Column => ({ key, label, short, align: 'right' });
  const columns: Column[] = [
    { key: 'indicator', label: s.col.indicator },
    { key: 'treatment', label: s.col.outcome },
    stat('skew_before', s.col.skewBefore, s.short.skewBefore),
    stat('kurtosis_before', s.col.kurtosisBefore, s.short.kurtosisBefore),
    stat('skew_after', s.col.skewAfter, s.short.skewAfter),
    stat('kurtosis_after', s.col.kurtosisAfter, s.short.kurtosisAfter),
    count('winsorised_high', s.col.high, s.short.high),
    count('winsorised_low', s.col.low, s.short.low),
    { key: 'passes', label: s.col.passes, short: s.short.passes },
  ];
  const rows: Cell[][] = audit.treatment.map(({ id, outcome, record: r }) => [
    id, s.outcome[outcome],
    r?.skewBefore ?? null, r?.kurtosisBefore ?? null, r?.skewAfter ?? null, r?.kurtosisAfter ?? null,
    r?.winsorisedHigh ?? null, r?.winsorisedLow ?? null, r === null ? null : r.passes ? s.yes : s.no,
  ]);
  return { title: s.title(audit.edition), columns, rows, notes: [s.notes.rule] };
}

/**
 * One row per indicator: its dimension, countries with a value, r with its dimension (and with
 * the top-level dimension when the framework has sub-dimensions), r with the index, its loading
 * on its dimension's first component, and its flags.
 */
export function indicatorTable(audit: Audit, s: AuditStrings = auditEn): Table {
  const nested = audit.indicators.some((i) => i.topDimension !== null && i.topDimension !== i.dimension);
  const r = (key: string, label: string, short: string): Column => ({ key, label, short, align: 'right', digits: 3 });
  const columns: Column[] = [
    { key: 'indicator', label: s.col.indicator },
    { key: 'dimension', label: s.col.dimension },
    { key: 'n', label: s.col.countries, short: s.short.countries, align: 'right' },
    r('r_dimension', s.col.rDimension, s.short.rDimension),
    ...(nested ? [r('r_top', s.col.rTop, s.short.rTop)] : []),
    r('r_index', s.col.rIndex, s.short.rIndex),
    r('loading', s.col.loading, s.short.loading),
    { key: 'flags', label: s.col.flags, short: s.short.flags },
  ];
  const rows: Cell[][] = audit.indicators.map((i) => [
    i.id, i.dimension, i.n, i.withDimension, ...(nested ? [i.withTopDimension] : []), i.withIndex, i.loading,
    i.flags.map((f) => s.flag[f]).join(', ') || null,
  ]);
  return { title: s.tables.indicators(audit.edition), columns, rows, notes: [s.notes.pairwise, s.notes.loading] };
}

/** One row per dimension: items used, complete countries, Cronbach's alpha, first eigenvalue and its share, Kaiser count, r with the index, flags. */
export function dimensionTable(audit: Audit, s: AuditStrings = auditEn): Table {
  const columns: Column[] = [
    { key: 'dimension', label: s.col.dimension },
    { key: 'items', label: s.col.items, short: s.short.items, align: 'right' },
    { key: 'complete', label: s.col.complete, short: s.short.complete, align: 'right' },
    { key: 'alpha', label: s.col.alpha, short: s.short.alpha, align: 'right', digits: 3 },
    { key: 'eigenvalue', label: s.col.eigenvalue, short: s.short.eigenvalue, align: 'right', digits: 3 },
    { key: 'pc1_share', label: s.col.share, short: s.short.share, align: 'right', digits: 1 },
    { key: 'kaiser', label: s.col.kaiser, short: s.short.kaiser, align: 'right' },
    { key: 'r_index', label: s.col.rIndex, short: s.short.rIndex, align: 'right', digits: 3 },
    { key: 'flags', label: s.col.flags, short: s.short.flags },
  ];
  const rows: Cell[][] = audit.dimensions.map((d) => [
    d.id, d.items.length, d.complete, d.alpha, d.pca?.eigenvalues[0] ?? null,
    d.pca ? d.pca.firstShare * 100 : null, d.pca?.kaiser ?? null, d.withIndex,
    d.flags.map((f) => s.flag[f]).join(', ') || null,
  ]);
  return { title: s.tables.dimensions(audit.edition), columns, rows, notes: [s.notes.listwise] };
}

/** The correlation matrix of the top-level dimensions and the index (last row and column). */
export function matrixTable(audit: Audit, s: AuditStrings = auditEn): Table {
  const { ids, r } = audit.matrix;
  const columns: Column[] = [
    { key: 'dimension', label: s.col.dimension },
    ...ids.map((id): Column => ({ key: id, label: id, align: 'right', digits: 3 })),
  ];
  return { title: s.tables.matrix(audit.edition), columns, rows: ids.map((id, i) => [id, ...r[i]!]), notes: [s.notes.pairwise] };
}
