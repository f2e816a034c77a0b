import { auditCharts, auditIndex, auditPage, auditStrings, auditTreatmentStrings } from '../analysis/audit/index.js';
import { degenerateMethods } from '../analysis/degenerate.js';
import { degenerateAlternatives } from '../analysis/sensitivity/degenerate.js';
import { evidenceFiles } from '../analysis/evidence/page.js';
import { rankIntervalChart, sensitivityChart } from '../analysis/sensitivity/charts.js';
import { rankIntervals, type SensitivityResult } from '../analysis/sensitivity/run.js';
import { factorTable, intervalTable } from '../analysis/sensitivity/tables.js';
import type { IndexResult } from '../engine/types.js';
import type { Language } from '../messages/languages.js';
import { t } from '../messages/t.js';
import type { Dataset } from '../schema/dataset.js';
import { explorerFiles } from './explorer/index.js';
import { planLanguages, resultIn, type ScorecardJob } from './languages-plan.js';
import { bandLabel } from './model/localise.js';
import { assetFiles } from './plan/assets.js';
import { changeChart, distributionChart, heatmapChart, rankingChart } from './plan/charts.js';
import { chartCsv, languageHome, sitePages } from './plan/site.js';
import { planTables, tableFiles } from './plan/tables.js';
import type { PlannedChart, PreviousKeys, ReportFile } from './plan/types.js';
import { codeFingerprint } from './cache/fingerprint.js';
import { chartKey, pngKey } from './cache/keys.js';
import { cardOutputs, realise } from './country-render.js';
import { pngScaleFor, renderPngAsync, renderSvg } from './render/chart.js';
import { defaultThreads, renderJobs } from './render-pool.js';

export interface ReportOptions {
  /** Languages, the first one primary (charts as PNG + SVG, the site's home). */
  languages: Language[];
  /** Framework translations per language code (see localiseDataset). */
  translations?: Record<string, ReadonlyMap<string, string>>;
  /** The sensitivity analysis: plausible rank ranges on scorecards and in tables, and its charts. */
  sensitivity?: SensitivityResult;
  /** A fixed PNG scale (device pixels per CSS pixel); default: the print policy of pngScaleFor. */
  pngScale?: number;
  /**
   * Where the report will be published (an absolute http(s) URL ending in "/"): the chart embed
   * snippets (charts/<chart>.html) then point at it, so they work pasted into any page. Default:
   * paths relative to the snippet file.
   */
  baseUrl?: string;
  /** Threads that render scorecards (radar charts and PDFs); default one per core, at most 4. */
  threads?: number;
  /**
   * Countries per rendering job (default 4). A job's files wait in memory until this thread writes
   * them, so small jobs keep the peak low; each thread builds the index once, whatever the jobs.
   */
  batch?: number;
  /** The previous build's intact PNGs and PDFs (path → key): equal keys are reused, not rendered. */
  previous?: PreviousKeys;
}

/**
 * Everything the report contains, as files: assets, tables, the site, the audit, the charts
 * (PNG, SVG, CSV, snippet), per further language its overview, rankings and charts (SVG) under
 * its folder, and per language the scorecards in HTML, Markdown and PDF. Planning
 * is pure; rendering is the only heavy step and runs on worker threads by country. Nothing here
 * touches the disk (fonts aside). Same input, same bytes, whatever the number of threads.
 */
export async function* buildReport(dataset: Dataset, options: ReportOptions, progress?: (done: number, total: number, what: string) => void): AsyncGenerator<ReportFile> {
  const [primary, ...others] = options.languages;
  if (!primary) throw new RangeError('at least one language is needed');
  const translations = options.translations ?? {};
  const intervals = options.sensitivity ? rankIntervals(options.sensitivity) : undefined;
  const indexName = t(primary.strings, 'index.title');
  const { data, result } = resultIn(dataset, primary, translations);
  const latest = result.editions.at(-1);
  if (!latest) throw new RangeError('the data project has no answers, so there is nothing to report');
  const main = mainCharts(data, result, primary, '', true, intervals);
  const tables = planTables(result, primary.strings, intervals);
  const audit = auditIndex(result);
  const auditWords = auditStrings(primary.strings, primary.locale);
  const auditSpecs: PlannedChart[] = auditCharts(audit, { strings: auditWords, locale: primary.locale, dir: primary.dir, indexTitle: indexName }).map((spec) => ({ spec, base: `audit/${spec.id}`, png: true, svg: true }));
  const fingerprint = codeFingerprint();
  const job: ScorecardJob = { dataset, languages: options.languages.map((l) => l.code), translations, intervals: intervals, pngScale: options.pngScale, fingerprint };
  const perLanguage = planLanguages(job);
  const countries = countriesOf(result, primary);
  const bandText = (b: string) => bandLabel(b, translations[primary.code] ?? new Map()) ?? b;
  // the overview, ranking and chart pages of every other language, under its folder, with its
  // own tables and its cross-country charts (SVG)
  const translated = others.map((l, k) => {
    const inL = resultIn(dataset, l, translations);
    const home = languageHome(l, false);
    const tablesL = planTables(inL.result, l.strings, intervals).map((x) => ({ ...x, base: `${home}${x.base}` }));
    const latestL = inL.result.editions.at(-1)!;
    return {
      l, tables: tablesL, charts: mainCharts(inL.data, inL.result, l, home, false, intervals), radars: perLanguage[k + 1]!.plan.charts,
      result: inL.result, countries: countriesOf(inL.result, l), warnings: degenerateMethods(inL.result, latestL, inL.data.indicators),
      bandText: (b: string) => bandLabel(b, translations[l.code] ?? new Map()) ?? b,
    };
  });
  // the audit in every other language, under its folder, its heatmaps as SVG
  const auditIn = translated.map(({ l }) => {
    const home = languageHome(l, false);
    const words = auditStrings(l.strings, l.locale);
    const specs: PlannedChart[] = auditCharts(audit, { strings: words, locale: l.locale, dir: l.dir, indexTitle: t(l.strings, 'index.title') })
      .map((spec) => ({ spec, base: `${home}audit/${spec.id}`, png: false, svg: true }));
    const page = auditPage(audit, { strings: words, treatmentStrings: auditTreatmentStrings(l.strings), chartStrings: l.chart, root: '../../', home, chartBase: '', indexTitle: t(l.strings, 'index.title'), lang: l.locale, dir: l.dir, locale: l.locale, svgOnly: true });
    return { home, specs, page };
  });
  const translatedCharts = [...translated.flatMap((x) => x.charts), ...auditIn.flatMap((x) => x.specs)];
  // degenerate alternatives of the sensitivity analysis, found once; indicators renamed per language
  const alternativeWarnings = options.sensitivity ? degenerateAlternatives(dataset, dataset.methodology.sensitivity, options.sensitivity.edition) : [];
  const renamed = (r: IndexResult) => alternativeWarnings.map((w) => (w.warning.kind === 'flat' ? { ...w, warning: { ...w.warning, name: r.hierarchy.nodes[w.warning.indicator]?.name ?? w.warning.name } } : w));

  const sens: PlannedChart[] = options.sensitivity
    ? [rankIntervalChart(options.sensitivity), sensitivityChart(options.sensitivity)].map((spec) => ({ spec, base: `charts/${spec.id}`, png: true, svg: true }))
    : [];
  const charts = [...main, ...sens, ...auditSpecs];
  const total = charts.length + translatedCharts.length + countries.length;
  let done = 0;
  const tick = (what: string) => progress?.(++done, total, what);

  // the light files: planned, not rendered
  yield { path: 'README.md', content: `# Generated report\n\n${t(primary.strings, 'site.generated')}\nOpen index.html in a browser.\n` };
  yield* assetFiles();
  yield* tableFiles(tables);
  yield* sitePages({ result, lang: primary, others, tables, charts: [...main, ...sens, ...perLanguage[0]!.plan.charts], countries, indexName, bandText, baseUrl: options.baseUrl, warnings: degenerateMethods(result, latest, data.indicators), alternativeWarnings: renamed(result) });
  for (const x of translated) {
    yield* tableFiles(x.tables);
    yield* sitePages({ result: x.result, lang: x.l, primary: false, primaryLang: primary, others: others.filter((o) => o !== x.l), tables: x.tables, charts: x.charts, gallery: x.radars, countries: x.countries, indexName: t(x.l.strings, 'index.title'), bandText: x.bandText, baseUrl: options.baseUrl, warnings: x.warnings, alternativeWarnings: renamed(x.result) });
  }
  yield* explorerFiles({ data, result, dataset, languages: options.languages, translations, intervals, title: indexName, primary });
  if (options.sensitivity) {
    const e = options.sensitivity.edition;
    yield* tableFiles([
      { base: `ranking/rank-intervals-${e}`, table: intervalTable(options.sensitivity), edition: e, node: 'sensitivity' },
      { base: `ranking/sensitivity-${e}`, table: factorTable(options.sensitivity), edition: e, node: 'sensitivity' },
    ]);
  }
  yield* evidenceFiles(dataset, { root: '../', nav: { home: t(primary.strings, 'nav.home'), ranking: t(primary.strings, 'nav.ranking'), charts: t(primary.strings, 'nav.charts') }, scorecards: primary.code });
  yield { path: 'audit/index.html', content: auditPage(audit, { strings: auditWords, treatmentStrings: auditTreatmentStrings(primary.strings), chartStrings: primary.chart, root: '../', chartBase: '', indexTitle: indexName, lang: primary.locale, dir: primary.dir, locale: primary.locale }) };
  for (const c of auditSpecs) yield { path: `${c.base}.csv`, content: chartCsv(c) };
  for (const x of auditIn) {
    yield { path: `${x.home}audit/index.html`, content: x.page };
    for (const c of x.specs) yield { path: `${c.base}.csv`, content: chartCsv(c) };
  }
  for (const { plan } of perLanguage) {
    for (const f of plan.files) yield f;
    for (const c of plan.charts) if (!c.png) yield { path: `${c.base}.csv`, content: chartCsv(c) };
  }

  // the heavy files: scorecards (radars and PDFs) by batches of countries on worker threads,
  // started first so that they run while this thread renders the main charts. Countries whose
  // every output the previous build already has (same keys) need no rendering at all.
  const previous = options.previous;
  const outputs = perLanguage.flatMap(({ lang, plan }) => plan.cards.map((c) => ({ iso3: c.card.iso3, outputs: cardOutputs(lang, c, job) })));
  const stale = new Set(outputs.filter((c) => c.outputs.some((o) => previous?.get(o.path) !== o.key)).map((c) => c.iso3));
  const toRender = latest.countries.filter((c) => stale.has(c.iso3)).map((c) => c.iso3);
  // a worker costs about a second to start: not worth it for a handful of countries
  const threads = toRender.length < 4 ? 1 : options.threads ?? defaultThreads();
  const batch = Math.max(1, options.batch ?? 4);
  const batches: string[][] = [];
  for (let k = 0; k < toRender.length; k += batch) batches.push(toRender.slice(k, k + batch));
  const rendering = renderJobs({ ...job, previous }, batches, threads);
  // scorecards a worker has finished are written between this thread's charts, so that they do
  // not wait in memory (the pool renders only a few jobs ahead of what is taken)
  const taken = function* (files: ReportFile[]): Generator<ReportFile> {
    const seen = new Set<string>();
    for (const f of files) {
      yield f;
      const iso3 = /([A-Z]{3})(?:-\d+)?\.(?:pdf|svg|png)$/.exec(f.path)?.[1];
      if (iso3 && !seen.has(iso3)) { seen.add(iso3); tick(iso3); }
    }
  };
  const ready = function* (): Generator<ReportFile> {
    for (let files = rendering.take(); files; files = rendering.take()) yield* taken(files);
  };
  try {
    for (const c of charts) {
      const drawing = chartKey(c.spec, fingerprint);
      yield realise({ path: `${c.base}.svg`, key: drawing, render: () => renderSvg(c.spec) }, previous);
      const scale = pngScaleFor(c.spec, options.pngScale);
      const path = `${c.base}.png`;
      const key = pngKey(drawing, scale);
      yield previous?.get(path) === key ? { path, key, reuse: true } : { path, key, content: await renderPngAsync(c.spec, { scale }) };
      tick(c.base);
      yield* ready();
    }
    for (const c of translatedCharts) {
      yield realise({ path: `${c.base}.svg`, key: chartKey(c.spec, fingerprint), render: () => renderSvg(c.spec) }, previous);
      tick(c.base);
      yield* ready();
    }
    for (const c of outputs) if (!stale.has(c.iso3)) for (const o of c.outputs) yield realise(o, previous);
    for (const iso3 of latest.countries.map((c) => c.iso3)) if (!stale.has(iso3)) tick(iso3);
    for (let files = await rendering.next(); files; files = await rendering.next()) yield* taken(files);
  } finally {
    await rendering.close();
  }
}

/**
 * The cross-country charts of the latest edition in one language: ranking, heatmap, change since
 * the previous edition, answers per indicator; under `home` ('' or 'fr/'), PNG + SVG in the
 * primary language, SVG in the others.
 */
function mainCharts(data: Dataset, result: IndexResult, l: Language, home: string, png: boolean, intervals?: Record<string, [number, number]>): PlannedChart[] {
  const latest = result.editions.at(-1)!;
  const prev = result.editions.at(-2) ?? null;
  const co = { locale: l.locale, dir: l.dir, strings: l.chart, edition: String(latest.edition), source: t(l.strings, 'chart.source', { index: t(l.strings, 'index.title'), edition: latest.edition }) };
  return [
    { spec: rankingChart(result, latest, co, intervals), base: `${home}charts/ranking-${latest.edition}`, png, svg: true },
    { spec: heatmapChart(result, latest, co), base: `${home}charts/heatmap-${latest.edition}`, png, svg: true },
    ...(prev ? [{ spec: changeChart(result, prev, latest, { ...co, edition: undefined }), base: `${home}charts/change-${prev.edition}-${latest.edition}`, png, svg: true }] : []),
    { spec: distributionChart(data, latest.edition, co), base: `${home}charts/distribution-${latest.edition}`, png, svg: true },
  ];
}

/** The countries of the latest edition by name in the language's collation. */
function countriesOf(result: IndexResult, l: Language): { iso3: string; name: string }[] {
  return result.editions.at(-1)!.countries.map((c) => ({ iso3: c.iso3, name: c.name })).sort((a, b) => a.name.localeCompare(b.name, l.locale));
}
