import { buildIndex } from '../engine/build-index.js';
import type { IndexResult } from '../engine/types.js';
import type { Language } from '../messages/languages.js';
import { t } from '../messages/t.js';
import type { Dataset } from '../schema/dataset.js';
import { bandLabel, localiseDataset } from './model/localise.js';
import { assetFiles } from './plan/assets.js';
import { changeChart, distributionChart, heatmapChart, rankingChart } from './plan/charts.js';
import { planScorecards } from './plan/scorecards.js';
import { sitePages } from './plan/site.js';
import { planTables, tableFiles } from './plan/tables.js';
import type { OutputFile, PlannedChart } from './plan/types.js';
import { renderPngAsync, renderSvg } from './render/chart.js';
import { scorecardPdf } from './pdf/scorecard-pdf.js';
import { auditCharts, auditIndex, auditPage } from '../analysis/audit/index.js';

export interface ReportOptions {
  /** Languages, the first one primary (charts as PNG + SVG, the site's home). */
  languages: Language[];
  /** Framework translations per language code (see localiseDataset). */
  translations?: Record<string, ReadonlyMap<string, string>>;
  /** Plausible rank intervals from the sensitivity analysis, by ISO3. */
  intervals?: Record<string, [number, number]>;
  /** PNG device pixels per CSS pixel (default 3: print resolution). */
  pngScale?: number;
  /** How many PNGs encode at once (default 4). */
  concurrency?: number;
  /** Extra pages (e.g. the audit) as files. */
  extra?: OutputFile[];
}

/**
 * Everything the report contains, as files in a stable order: assets, tables, charts (PNG, SVG,
 * CSV, snippet), the site, and per language the scorecards in HTML, Markdown and PDF. Computing
 * is pure up to the renderer; nothing here touches the disk (fonts aside). Same input, same bytes.
 */
export async function* buildReport(dataset: Dataset, options: ReportOptions, progress?: (done: number, total: number, what: string) => void): AsyncGenerator<OutputFile> {
  const [primary, ...others] = options.languages;
  if (!primary) throw new RangeError('at least one language is needed');
  const indexName = t(primary.strings, 'index.title');
  const resultFor = (l: Language): { data: Dataset; result: IndexResult } => {
    const data = localiseDataset(dataset, options.translations?.[l.code] ?? new Map());
    return { data, result: buildIndex(data, { indexName: t(l.strings, 'index.short') }) };
  };
  const { data, result } = resultFor(primary);
  const latest = result.editions.at(-1);
  if (!latest) throw new RangeError('the data project has no answers, so there is nothing to report');
  const prev = result.editions.at(-2) ?? null;
  const co = { locale: primary.locale, dir: primary.dir, strings: primary.chart };
  const main: PlannedChart[] = [
    { spec: rankingChart(result, latest, co, options.intervals), base: `charts/ranking-${latest.edition}`, png: true, svg: true },
    { spec: heatmapChart(result, latest, co), base: `charts/heatmap-${latest.edition}`, png: true, svg: true },
    ...(prev ? [{ spec: changeChart(result, prev, latest, co), base: `charts/change-${prev.edition}-${latest.edition}`, png: true, svg: true }] : []),
    { spec: distributionChart(data, latest.edition, co), base: `charts/distribution-${latest.edition}`, png: true, svg: true },
  ];
  const tables = planTables(result, primary.strings, options.intervals);
  const audit = auditIndex(result);
  const auditSpecs: PlannedChart[] = auditCharts(audit, { locale: primary.locale }).map((spec) => ({ spec, base: `audit/${spec.id}`, png: true, svg: true }));
  const perLanguage = options.languages.map((l, k) => {
    const { data: d, result: r } = k === 0 ? { data, result } : resultFor(l);
    return { lang: l, plan: planScorecards({ dataset: d, result: r, lang: l, primary: k === 0, intervals: options.intervals, indexName: t(l.strings, 'index.title'), translations: options.translations?.[l.code] }) };
  });
  const charts = [...main, ...auditSpecs, ...perLanguage.flatMap((p) => p.plan.charts)];
  const countries = latest.countries.map((c) => ({ iso3: c.iso3, name: c.name })).sort((a, b) => a.name.localeCompare(b.name, primary.locale));

  const total = charts.length + perLanguage.reduce((s, p) => s + p.plan.cards.length, 0);
  let done = 0;
  const tick = (what: string) => progress?.(++done, total, what);

  yield { path: 'README.md', content: `# Generated report\n\n${t(primary.strings, 'site.generated')}\nOpen index.html in a browser.\n` };
  yield* assetFiles();
  yield* tableFiles(tables);
  yield* sitePages({ result, lang: primary, others, tables, charts: [...main, ...perLanguage[0]!.plan.charts], countries, indexName, bandText: (b) => bandLabel(b, options.translations?.[primary.code] ?? new Map()) ?? b });
  yield { path: 'audit/index.html', content: auditPage(audit, { root: '../', chartBase: '', indexTitle: indexName, lang: primary.locale, dir: primary.dir, locale: primary.locale }) };
  for (const c of auditSpecs) yield { path: `${c.base}.csv`, content: csvOf(c) };
  for (const p of perLanguage.slice(1)) yield* p.plan.files.filter((f) => f.path.endsWith('/index.html'));
  for (const f of perLanguage[0]!.plan.files) yield f;
  for (const p of perLanguage.slice(1)) {
    for (const f of p.plan.files) if (!f.path.endsWith('/index.html')) yield f;
    for (const c of p.plan.charts) yield { path: `${c.base}.csv`, content: csvOf(c) };
  }
  // charts: SVG on the main thread, PNG encodes overlapped
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const pending: { base: string; png: Promise<Buffer> }[] = [];
  for (const c of charts) {
    yield { path: `${c.base}.svg`, content: renderSvg(c.spec) };
    if (c.png) pending.push({ base: c.base, png: renderPngAsync(c.spec, { scale: options.pngScale ?? 3 }) });
    else tick(c.base);
    while (pending.length >= concurrency) {
      const first = pending.shift()!;
      yield { path: `${first.base}.png`, content: await first.png };
      tick(first.base);
    }
  }
  for (const p of pending) {
    yield { path: `${p.base}.png`, content: await p.png };
    tick(p.base);
  }
  for (const p of perLanguage) {
    for (const { card, radar, dir } of p.plan.cards) {
      yield { path: `${dir}/${card.iso3}.pdf`, content: scorecardPdf(card, { strings: p.lang.strings, locale: p.lang.locale, dir: p.lang.dir, radar: radar.spec, indexName: t(p.lang.strings, 'index.title') }) };
      tick(`${dir}/${card.iso3}.pdf`);
    }
  }
  yield* options.extra ?? [];
}

function csvOf(c: PlannedChart): string {
  const field = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v) : /[",\r\n]|^[=+\-@\t\r]/.test(v) ? `"${(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v);
  return `${[c.spec.data.columns.map(field).join(','), ...c.spec.data.rows.map((r) => r.map(field).join(','))].join('\n')}\n`;
}
