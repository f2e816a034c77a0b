import type { MethodWarning } from '../../analysis/degenerate.js';
import type { AlternativeWarning } from '../../analysis/sensitivity/degenerate.js';
import type { IndexResult } from '../../engine/types.js';
import type { Language } from '../../messages/languages.js';
import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import { embedSnippet } from '../charts/embed.js';
import { html, raw, type SafeHtml } from '../html/html.js';
import { page } from '../pages/layout.js';
import { alternativeWarningText, methodWarningText } from '../pages/method-warnings.js';
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

/**
 * Where a language's overview, ranking and chart pages live, from the report root: the primary
 * language at the root, every other one in a folder named by its code ('fr/', 'es/', 'ar/').
 */
export function languageHome(l: Language, primary: boolean): string {
  return primary ? '' : `${l.code}/`;
}

/**
 * Every page of the site besides the scorecards, in one language: home (overview), rankings,
 * charts and chart snippets. The primary language's pages are at the report root; another's
 * under its folder (languageHome), with its own tables and charts, linking to its scorecards.
 * `charts` get a CSV, a snippet and a place in the gallery; `gallery` only the place (charts
 * whose files another plan writes, such as the radars of other languages).
 */
export function sitePages(o: {
  result: IndexResult;
  lang: Language;
  /** Whether this is the primary language (pages at the root). */
  primary?: boolean;
  /** The report's further languages besides this one and the primary (their overviews are in the menu). */
  others: Language[];
  /** The primary language, when this one is not: its overview is at the root. */
  primaryLang?: Language;
  tables: PlannedTable[];
  charts: PlannedChart[];
  gallery?: PlannedChart[];
  countries: { iso3: string; name: string }[];
  indexName: string;
  bandText?: (label: string) => string;
  /** Absolute URL of the published report for the embed snippets; default: relative to charts/. */
  baseUrl?: string;
  /** Degenerate-method warnings of the latest edition (analysis/degenerate.ts), shown on the home page. */
  warnings?: readonly MethodWarning[];
  /** The same under the alternatives the sensitivity analysis samples (analysis/sensitivity/degenerate.ts). */
  alternativeWarnings?: readonly AlternativeWarning[];
}): OutputFile[] {
  const { result, lang: l } = o;
  const s = l.strings;
  const latest = result.editions.at(-1)!;
  const home = languageHome(l, o.primary !== false);
  const up = home ? '../' : ''; // from this language's home to the report root
  const source = (edition: number) => t(s, 'chart.source', { index: o.indexName, edition });
  const files: OutputFile[] = [];
  const at = (root: string) => ({ lang: l.locale, dir: l.dir, root, home, nav: nav(l) });

  // chart snippets and the chart gallery
  for (const c of o.charts) {
    files.push({ path: `${c.base}.csv`, content: chartCsv(c) });
    const depth = c.base.split('/').length - 1;
    files.push({ path: `${c.base}.html`, content: `${figure(c, l, o.baseUrl ?? '../'.repeat(depth), source(latest.edition)).value}\n` });
  }
  const gallery = [...o.charts, ...(o.gallery ?? [])];
  files.push({
    path: `${home}charts/index.html`,
    content: page({ ...at(`${up}../`), title: t(s, 'charts.title'), body: html`<h1>${t(s, 'charts.title')}</h1>
<p>${t(s, 'charts.lead')}</p>
${gallery.map((c) => html`${figure(c, l, `${up}../`, source(latest.edition))}${o.charts.includes(c) ? html`<p class="note"><a href="${`${up}../${c.base}.html`}">${t(s, 'charts.snippet')}</a></p>` : null}`)}` }),
  });

  // rankings
  const byEdition = [...new Set(o.tables.map((x) => x.edition))].sort((a, b) => b - a);
  const link = (iso3: string) => `${up}../scorecards/${l.code}/${iso3}.html`;
  for (const tb of o.tables) {
    const base = tb.base.split('/').pop()!;
    const downloads = html`<p class="note">${t(s, 'ranking.downloads', { links: '' })}${['csv', 'json', 'md'].map((ext, k) => html`${k ? ' · ' : ''}<a href="${base}.${ext}">${ext.toUpperCase()}</a>`)}</p>`;
    files.push({ path: `${tb.base}.html`, content: page({ ...at(`${up}../`), title: tb.table.title ?? base, body: html`<h1>${tb.table.title ?? base}</h1>${downloads}${tableHtml({ ...tb.table, title: undefined }, tb.edition === latest.edition ? link : undefined, o.bandText, t(s, 'table.scrollHint'))}` }) });
  }
  files.push({
    path: `${home}ranking/index.html`,
    content: page({ ...at(`${up}../`), title: t(s, 'ranking.title'), body: html`<h1>${t(s, 'ranking.title')}</h1>
${byEdition.map((e) => html`<h2>${e}</h2><ul>${o.tables.filter((x) => x.edition === e).map((x) => html`<li><a href="${x.base.split('/').pop()!}.html">${x.table.title ?? x.base}</a></li>`)}</ul>`)}` }),
  });

  // home
  const ranked = latest.countries.filter((c) => c.ranked).length;
  const overall = o.tables.find((x) => x.edition === latest.edition && x.node === result.hierarchy.rootId)!;
  const rankingFig = gallery.find((c) => c.base === `${home}charts/ranking-${latest.edition}`);
  const menu = [...(o.primaryLang ? [o.primaryLang] : []), ...o.others];
  files.push({
    path: `${home}index.html`,
    content: page({ ...at(up), title: t(s, 'site.title', { index: o.indexName, edition: latest.edition }), body: html`<h1>${t(s, 'site.title', { index: o.indexName, edition: latest.edition })}</h1>
<p>${t(s, 'site.lead', { ranked, countries: latest.countries.length, edition: latest.edition, indicators: result.hierarchy.indicators.length, dimensions: result.hierarchy.dimensions.length })}</p>
<p class="note">${t(s, 'site.methodology', { pct: Math.round(result.methodology.ranking.minCoverage * 100) })}</p>
${warningsHtml(s, o.warnings ?? [], o.alternativeWarnings ?? [])}
${rankingFig ? figure(rankingFig, l, up, source(latest.edition)) : null}
<h2>${t(s, 'ranking.overall')}</h2>
${tableHtml({ ...overall.table, title: undefined }, (iso3) => `${up}scorecards/${l.code}/${iso3}.html`, o.bandText, t(s, 'table.scrollHint'))}
<p><a href="ranking/index.html">${t(s, 'ranking.byDimension')}</a> · <a href="charts/index.html">${t(s, 'charts.title')}</a> · <a href="audit/index.html">${t(s, 'site.audit')}</a> · <a href="${`${up}evidence/index.html`}">${t(s, 'site.evidence')}</a> · <a href="${`${up}explorer/index.html#lang=${l.code}`}">${t(s, 'site.explorer')}</a></p>
<h2>${t(s, 'site.scorecards')}</h2>
<div class="grid">${o.countries.map((c) => html`<div class="card"><a href="${`${up}scorecards/${l.code}/${c.iso3}.html`}">${c.name}</a></div>`)}</div>
${menu.length ? html`<h2>${t(s, 'site.languages')}</h2><p class="langs">${menu.map((x) => html`<a href="${`${up}${languageHome(x, x === o.primaryLang)}index.html`}" lang="${x.locale}" hreflang="${x.locale}">${t(x.strings, 'lang.name')}</a>`)}</p>` : null}
<p class="note">${t(s, 'site.generated')}</p>` }),
  });
  return files;
}

/** The degenerate-method warnings as a note that stands out (nothing when there is none). */
export function warningsHtml(s: Strings, warnings: readonly MethodWarning[], alternatives: readonly AlternativeWarning[] = []): SafeHtml | null {
  if (warnings.length + alternatives.length === 0) return null;
  return html`<div class="method-warning" role="note"><h2>${t(s, 'warn.heading')}</h2>${warnings.map((w) => html`<p>${methodWarningText(s, w)}</p>`)}${alternatives.map((w) => html`<p>${alternativeWarningText(s, w)}</p>`)}</div>`;
}

/** The data behind a chart as CSV (text that a spreadsheet would run as a formula is neutralised). */
export function chartCsv(c: PlannedChart): string {
  return toCsv({ columns: c.spec.data.columns.map((key) => ({ key, label: key })), rows: c.spec.data.rows });
}
