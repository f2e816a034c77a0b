import type { MethodWarning } from '../../analysis/degenerate.js';
import type { IndexResult } from '../../engine/types.js';
import type { Language } from '../../messages/languages.js';
import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import { embedSnippet } from '../charts/embed.js';
import { html, raw, type SafeHtml } from '../html/html.js';
import { page } from '../pages/layout.js';
import { methodWarningText } from '../pages/method-warnings.js';
import { toCsv } from '../format/csv.js';
import { tableHtml } from '../pages/table-html.js';
import type { PlannedTable } from './tables.js';
import type { OutputFile, PlannedChart } from './types.js';

const nav = (l: Language) => ({ home: t(l.strings, 'nav.home'), ranking: t(l.strings, 'nav.ranking'), charts: t(l.strings, 'nav.charts') });

/** The figure for a chart, as seen from a page at `root` (relative path to the report root). */
export function figure(c: PlannedChart, l: Language, root: string, source: string): SafeHtml {
  const img = c.png ? `${root}${c.base}.png` : `${root}${c.base}.svg`;
  return raw(embedSnippet(c.spec, { pngPath: img, svgPath: `${root}${c.base}.svg`, csvPath: `${root}${c.base}.csv`, source }, { strings: l.chart, locale: l.locale }));
}

/** Every page of the site besides the scorecards: home, rankings, charts, and chart snippets. */
export function sitePages(o: {
  result: IndexResult;
  lang: Language;
  others: Language[];
  tables: PlannedTable[];
  charts: PlannedChart[];
  countries: { iso3: string; name: string }[];
  indexName: string;
  bandText?: (label: string) => string;
  /** Absolute URL of the published report for the embed snippets; default: relative to charts/. */
  baseUrl?: string;
  /** Degenerate-method warnings of the latest edition (analysis/degenerate.ts), shown on the home page. */
  warnings?: readonly MethodWarning[];
}): OutputFile[] {
  const { result, lang: l } = o;
  const s = l.strings;
  const latest = result.editions.at(-1)!;
  const source = (edition: number) => t(s, 'chart.source', { index: o.indexName, edition });
  const files: OutputFile[] = [];
  const mainCharts = o.charts.filter((c) => !c.base.includes('/radar-'));

  // chart snippets and the chart gallery
  for (const c of o.charts) {
    files.push({ path: `${c.base}.csv`, content: chartCsv(c) });
    files.push({ path: `${c.base}.html`, content: `${figure(c, l, o.baseUrl ?? '../', source(latest.edition)).value}\n` });
  }
  files.push({
    path: 'charts/index.html',
    content: page({ lang: l.locale, dir: l.dir, title: t(s, 'charts.title'), root: '../', nav: nav(l), body: html`<h1>${t(s, 'charts.title')}</h1>
<p>${t(s, 'charts.lead')}</p>
${o.charts.map((c) => html`${figure(c, l, '../', source(latest.edition))}<p class="note"><a href="../${c.base}.html">${t(s, 'charts.snippet')}</a></p>`)}` }),
  });

  // rankings
  const byEdition = [...new Set(o.tables.map((x) => x.edition))].sort((a, b) => b - a);
  const link = (iso3: string) => `../scorecards/${l.code}/${iso3}.html`;
  for (const tb of o.tables) {
    const base = tb.base.split('/').pop()!;
    const downloads = html`<p class="note">${t(s, 'ranking.downloads', { links: '' })}${['csv', 'json', 'md'].map((ext, k) => html`${k ? ' · ' : ''}<a href="${base}.${ext}">${ext.toUpperCase()}</a>`)}</p>`;
    files.push({ path: `${tb.base}.html`, content: page({ lang: l.locale, dir: l.dir, title: tb.table.title ?? base, root: '../', nav: nav(l), body: html`<h1>${tb.table.title ?? base}</h1>${downloads}${tableHtml({ ...tb.table, title: undefined }, tb.edition === latest.edition ? link : undefined, o.bandText, t(s, 'table.scrollHint'))}` }) });
  }
  files.push({
    path: 'ranking/index.html',
    content: page({ lang: l.locale, dir: l.dir, title: t(s, 'ranking.title'), root: '../', nav: nav(l), body: html`<h1>${t(s, 'ranking.title')}</h1>
${byEdition.map((e) => html`<h2>${e}</h2><ul>${o.tables.filter((x) => x.edition === e).map((x) => html`<li><a href="${x.base.split('/').pop()!}.html">${x.table.title ?? x.base}</a></li>`)}</ul>`)}` }),
  });

  // home
  const ranked = latest.countries.filter((c) => c.ranked).length;
  const overall = o.tables.find((x) => x.edition === latest.edition && x.node === result.hierarchy.rootId)!;
  const rankingFig = mainCharts.find((c) => c.base === `charts/ranking-${latest.edition}`);
  files.push({
    path: 'index.html',
    content: page({ lang: l.locale, dir: l.dir, title: t(s, 'site.title', { index: o.indexName, edition: latest.edition }), root: '', nav: nav(l), body: html`<h1>${t(s, 'site.title', { index: o.indexName, edition: latest.edition })}</h1>
<p>${t(s, 'site.lead', { ranked, countries: latest.countries.length, edition: latest.edition, indicators: result.hierarchy.indicators.length, dimensions: result.hierarchy.dimensions.length })}</p>
<p class="note">${t(s, 'site.methodology', { pct: Math.round(result.methodology.ranking.minCoverage * 100) })}</p>
${warningsHtml(s, o.warnings ?? [])}
${rankingFig ? figure(rankingFig, l, '', source(latest.edition)) : null}
<h2>${t(s, 'ranking.overall')}</h2>
${tableHtml({ ...overall.table, title: undefined }, (iso3) => `scorecards/${l.code}/${iso3}.html`, o.bandText, t(s, 'table.scrollHint'))}
<p><a href="ranking/index.html">${t(s, 'ranking.byDimension')}</a> · <a href="charts/index.html">${t(s, 'charts.title')}</a> · <a href="audit/index.html">${t(s, 'site.audit')}</a> · <a href="evidence/index.html">${t(s, 'site.evidence')}</a> · <a href="explorer/index.html#lang=${l.code}">${t(s, 'site.explorer')}</a></p>
<h2>${t(s, 'site.scorecards')}</h2>
<div class="grid">${o.countries.map((c) => html`<div class="card"><a href="scorecards/${l.code}/${c.iso3}.html">${c.name}</a></div>`)}</div>
${o.others.length ? html`<h2>${t(s, 'site.languages')}</h2><p class="langs">${o.others.map((x) => html`<a href="scorecards/${x.code}/index.html" lang="${x.locale}">${t(x.strings, 'lang.name')}</a>`)}</p>` : null}
<p class="note">${t(s, 'site.generated')}</p>` }),
  });
  return files;
}

/** The degenerate-method warnings as a note that stands out (nothing when there is none). */
export function warningsHtml(s: Strings, warnings: readonly MethodWarning[]): SafeHtml | null {
  if (warnings.length === 0) return null;
  return html`<div class="method-warning" role="note"><h2>${t(s, 'warn.heading')}</h2>${warnings.map((w) => html`<p>${methodWarningText(s, w)}</p>`)}</div>`;
}

/** The data behind a chart as CSV (text that a spreadsheet would run as a formula is neutralised). */
export function chartCsv(c: PlannedChart): string {
  return toCsv({ columns: c.spec.data.columns.map((key) => ({ key, label: key })), rows: c.spec.data.rows });
}
