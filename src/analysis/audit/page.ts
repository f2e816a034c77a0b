import { embedSnippet } from '../../report/charts/embed.js';
import type { ChartStrings } from '../../report/charts/strings.js';
import type { ChartSpec } from '../../report/charts/types.js';
import { html, raw } from '../../report/html/html.js';
import { page } from '../../report/pages/layout.js';
import { tableHtml } from '../../report/pages/table-html.js';
import type { Audit } from './audit.js';
import { correlationChart } from './correlation-chart.js';
import { auditEn, type AuditStrings } from './strings.js';
import { auditTables } from './tables.js';
import { auditTreatmentEn, type AuditTreatmentStrings } from './treatment-strings.js';

export { auditEn, auditStrings, type AuditStrings } from './strings.js';

/** Ids (and file names) of the audit's charts. */
export const AUDIT_CHART_IDS = { dimensions: 'audit-dimensions', indicators: 'audit-indicators' } as const;

/**
 * The audit's two correlation heatmaps: top-level dimensions and the index against each other,
 * and every indicator (rows) against every top-level dimension and the index (columns), so an
 * indicator that fits another dimension better than its own stands out. Pure.
 */
export function auditCharts(audit: Audit, options: { strings?: AuditStrings; locale?: string; dir?: 'ltr' | 'rtl'; indexTitle?: string } = {}): ChartSpec[] {
  const s = options.strings ?? auditEn;
  const common = { strings: s, locale: options.locale ?? s.locale, dir: options.dir, edition: audit.edition, source: s.chart.source(options.indexTitle ?? audit.indexName, audit.edition) };
  const m = audit.matrix;
  const dims = m.ids.slice(0, -1);
  return [
    correlationChart(
      { corner: s.col.dimension, columns: m.names, rows: m.names.map((label, i) => ({ label, values: m.r[i]! })) },
      { ...common, id: AUDIT_CHART_IDS.dimensions, title: s.chart.dimensionsTitle },
    ),
    correlationChart(
      {
        corner: s.col.indicator,
        columns: m.names,
        rows: audit.indicators.map((i) => ({ label: i.id, values: [...dims.map((d) => i.withDimensions[d] ?? null), i.withIndex] })),
      },
      { ...common, id: AUDIT_CHART_IDS.indicators, title: s.chart.indicatorsTitle },
    ),
  ];
}

export interface AuditPageOptions {
  strings?: AuditStrings;
  /** Strings of the outlier-treatment section (default English). */
  treatmentStrings?: AuditTreatmentStrings;
  /** Relative path from the page to the report root (for the stylesheet and the navigation), e.g. '../'. */
  root: string;
  /** Where the navigation's overview, ranking and chart pages are, from the report root ('' or e.g. 'fr/'). */
  home?: string;
  /** Prefix from the page to the chart files: `${chartBase}${id}.png`, `.svg` and `.csv`. */
  chartBase: string;
  /** The index's full name for the heading and the chart source line (default: the hierarchy's root name). */
  indexTitle?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Locale of the numbers (default: the strings' own). */
  locale?: string;
  /** The chart catalogue of the page's language, for the embed snippets' link words. */
  chartStrings?: Partial<ChartStrings>;
  /** The heatmaps exist as SVG only (a report's other languages): the figures show the SVG. */
  svgOnly?: boolean;
}

/**
 * The audit as a complete HTML page (built with `html`, so escaped by construction): what is
 * flagged, in plain words; the tables; the correlation heatmaps with PNG, SVG and CSV links; and
 * the rules behind the flags.
 */
export function auditPage(audit: Audit, options: AuditPageOptions): string {
  const s = options.strings ?? auditEn;
  const ts = options.treatmentStrings ?? auditTreatmentEn;
  const tables = auditTables(audit, s, ts);
  const indexTitle = options.indexTitle ?? audit.indexName;
  const locale = options.locale ?? s.locale;
  const specs = auditCharts(audit, { strings: s, locale, dir: options.dir, indexTitle });
  const source = s.chart.source(indexTitle, audit.edition);
  const figures = specs.map((spec) => raw(embedSnippet(spec, {
    pngPath: `${options.chartBase}${spec.id}.${options.svgOnly ? 'svg' : 'png'}`,
    svgPath: `${options.chartBase}${spec.id}.svg`,
    csvPath: `${options.chartBase}${spec.id}.csv`,
    source,
  }, { locale, strings: options.chartStrings })));
  const findings = flagSentences(audit, s);
  const title = s.pageTitle(indexTitle, audit.edition);
  const body = html`<h1>${title}</h1>
<p>${s.intro(audit.countries)}</p>
<h2>${s.headings.flags}</h2>
${findings.length === 0 ? html`<p>${s.noFlags}</p>` : html`<ul class="audit-flags">${findings.map((f) => html`<li>${f}</li>`)}</ul>`}
<h2>${s.headings.indicators}</h2>
${tableHtml(tables.indicators)}
<h2>${s.headings.dimensions}</h2>
${tableHtml(tables.dimensions)}
<h2>${s.headings.matrix}</h2>
${tableHtml(tables.matrix)}
${tables.treatment === null ? '' : html`<h2>${ts.heading}</h2>
<p>${ts.intro}</p>
${tableHtml(tables.treatment)}`}
<h2>${s.headings.charts}</h2>
${figures}
<h2>${s.headings.rules}</h2>
<ul>${s.rules(audit.rules).map((r) => html`<li>${r}</li>`)}</ul>`;
  return page({ lang: options.lang ?? 'en', dir: options.dir ?? 'ltr', title, root: options.root, home: options.home, nav: s.nav, body });
}

/** One plain-words sentence per flag, indicators first, in the audit's order. */
export function flagSentences(audit: Audit, s: AuditStrings = auditEn): string[] {
  const two = new Intl.NumberFormat(s.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const one = new Intl.NumberFormat(s.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const r = (v: number | null) => (v === null ? '–' : two.format(v).replace('-', '\u2212')); // a true minus in prose
  const dimName = new Map(audit.dimensions.map((d) => [d.id, d.name]));
  const out: string[] = [];
  for (const i of audit.indicators) {
    const dim = dimName.get(i.dimension) ?? audit.indexName;
    for (const f of i.flags) {
      if (f === 'negative') out.push(s.explain.negative(i.name, dim, r(i.withDimension)));
      else if (f === 'dominant') out.push(s.explain.dominant(i.name, dim, r(i.withDimension)));
      else if (f === 'constant') out.push(s.explain.constant(i.name, i.n));
      else out.push(s.explain.sparse(i.name, i.n));
    }
  }
  for (const d of audit.dimensions) {
    for (const f of d.flags) {
      if (f === 'lowAlpha') out.push(s.explain.lowAlpha(d.name, r(d.alpha), d.complete, audit.rules.alphaBelow));
      else if (f === 'weakFirstComponent') out.push(s.explain.weakFirstComponent(d.name, one.format((d.pca?.firstShare ?? 0) * 100)));
      else out.push(s.explain.pcaUndefined(d.name, d.complete));
    }
  }
  return out;
}
