import { en, type Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import type { AUDIT_RULES } from './rules.js';

type AuditRules = typeof AUDIT_RULES;

/**
 * The audit's words (tables, page, charts) in one language, from that language's report
 * catalogue (the `audit.*` messages of src/messages/report-<lang>.ts), with numbers written for
 * `locale` (decimal comma in French and Spanish). Pure.
 */
export function auditStrings(s: Strings, locale = 'en') {
  const m = (key: Parameters<typeof t>[1], params: Record<string, string | number> = {}) => t(s, key, params);
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const num = (v: number) => plain.format(v).replace('-', '\u2212');
  return {
    locale,
    pageTitle: (index: string, edition: number) => m('audit.title', { index, edition }),
    nav: { home: m('nav.home'), ranking: m('nav.ranking'), charts: m('nav.charts') },
    intro: (countries: number) => m('audit.intro', { countries }),
    headings: {
      flags: m('audit.heading.flags'),
      indicators: m('audit.heading.indicators'),
      dimensions: m('audit.heading.dimensions'),
      matrix: m('audit.heading.matrix'),
      charts: m('audit.heading.charts'),
      rules: m('audit.heading.rules'),
    },
    noFlags: m('audit.noFlags'),
    tables: {
      indicators: (edition: number) => m('audit.table.indicators', { edition }),
      dimensions: (edition: number) => m('audit.table.dimensions', { edition }),
      matrix: (edition: number) => m('audit.table.matrix', { edition }),
    },
    col: {
      indicator: m('audit.col.indicator'),
      dimension: m('audit.col.dimension'),
      id: m('audit.col.id'),
      countries: m('audit.col.countries'),
      rDimension: m('audit.col.rDimension'),
      rTop: m('audit.col.rTop'),
      rIndex: m('audit.col.rIndex'),
      loading: m('audit.col.loading'),
      flags: m('audit.col.flags'),
      items: m('audit.col.items'),
      complete: m('audit.col.complete'),
      alpha: m('audit.col.alpha'),
      eigenvalue: m('audit.col.eigenvalue'),
      share: m('audit.col.share'),
      kaiser: m('audit.col.kaiser'),
    },
    short: {
      countries: m('audit.short.countries'), rDimension: m('audit.short.rDimension'), rTop: m('audit.short.rTop'),
      rIndex: m('audit.short.rIndex'), loading: m('audit.short.loading'), flags: m('audit.short.flags'),
      items: m('audit.short.items'), complete: m('audit.short.complete'), alpha: m('audit.short.alpha'),
      eigenvalue: m('audit.short.eigenvalue'), share: m('audit.short.share'), kaiser: m('audit.short.kaiser'),
    },
    flag: {
      negative: m('audit.flag.negative'),
      dominant: m('audit.flag.dominant'),
      constant: m('audit.flag.constant'),
      sparse: m('audit.flag.sparse'),
      lowAlpha: m('audit.flag.lowAlpha'),
      weakFirstComponent: m('audit.flag.weakFirstComponent'),
      pcaUndefined: m('audit.flag.pcaUndefined'),
    },
    /** One sentence per flagged item, in plain words (`r`, `alpha` and `share` already formatted). */
    explain: {
      negative: (name: string, dimension: string, r: string) => m('audit.explain.negative', { name, dimension, r }),
      dominant: (name: string, dimension: string, r: string) => m('audit.explain.dominant', { name, dimension, r }),
      constant: (name: string, n: number) => m('audit.explain.constant', { name, n }),
      sparse: (name: string, n: number) => m('audit.explain.sparse', { name, n }),
      lowAlpha: (dimension: string, alpha: string, n: number, threshold: number) =>
        m('audit.explain.lowAlpha', { dimension, alpha, n, threshold: num(threshold) }),
      weakFirstComponent: (dimension: string, share: string) => m('audit.explain.weakFirstComponent', { dimension, share }),
      pcaUndefined: (dimension: string, n: number) => m('audit.explain.pcaUndefined', { dimension, n }),
    },
    rules: (r: AuditRules) => [
      m('audit.rule.negative', { negativeBelow: num(r.negativeBelow) }),
      m('audit.rule.dominant', { dominantFrom: num(r.dominantFrom), share: num(Math.floor(r.dominantFrom ** 2 * 100)), weakBelow: num(r.weakBelow) }),
      m('audit.rule.constant', { minCountries: num(r.minCountries) }),
      m('audit.rule.lowAlpha', { alphaBelow: num(r.alphaBelow) }),
      m('audit.rule.weakFirstComponent', { share: num(r.firstShareBelow * 100) }),
      m('audit.rule.pcaUndefined'),
    ],
    notes: {
      pairwise: m('audit.note.pairwise'),
      loading: m('audit.note.loading'),
      listwise: m('audit.note.listwise'),
    },
    chart: {
      dimensionsTitle: m('audit.chart.dimensionsTitle'),
      indicatorsTitle: m('audit.chart.indicatorsTitle'),
      missing: m('audit.chart.missing'),
      bin: (from: string, to: string) => m('audit.chart.bin', { from, to }),
      alt: (rows: number, cols: number, min: string, max: string) => m('audit.chart.alt', { rows, cols, min, max }),
      altNone: (rows: number, cols: number) => m('audit.chart.altNone', { rows, cols }),
      altMissing: (count: number) => (count === 1 ? m('audit.chart.altMissingOne') : m('audit.chart.altMissing', { count })),
      source: (index: string, edition: number) => m('audit.chart.source', { index, edition }),
      finding: (negative: number, total: number, row: string, column: string, r: string) =>
        m('audit.chart.finding', { negative, total, row, column, r }),
      subtitle: (edition?: number) => (edition === undefined ? m('audit.chart.subtitle') : m('audit.chart.subtitleEdition', { edition })),
      sourceDefault: m('audit.chart.sourceDefault'),
      note: m('audit.chart.note'),
    },
  };
}

/** The audit's words in one language: see auditStrings. */
export type AuditStrings = ReturnType<typeof auditStrings>;

/** The audit's words in English (the CLI's `audit` and the default everywhere). */
export const auditEn: AuditStrings = auditStrings(en);
