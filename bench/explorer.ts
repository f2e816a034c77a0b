/**
 * Benchmark of the explorer: the gzipped size of its page (script + data) for the shipped
 * project, and the time per weight change in headless Chromium for a generated project of
 * 200 countries (re-scoring with the engine, re-rendering the table, the bars and the
 * comparison, and the layout that follows). Prints figures; asserts nothing.
 * Usage: npx tsx bench/explorer.ts [--countries 200 --changes 200]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { sensitivityFor } from '../src/analysis/sensitivity/for-report.js';
import { readTranslations } from '../src/io/translations.js';
import { rankIntervals } from '../src/analysis/sensitivity/run.js';
import { defaultLanguages, languages } from '../src/messages/languages.js';
import { t } from '../src/messages/t.js';
import { loadProject } from '../src/project.js';
import { EXPLORER_SCRIPT } from '../src/report/explorer/bundle.generated.js';
import { explorerFiles } from '../src/report/explorer/index.js';
import { assetFiles } from '../src/report/plan/assets.js';
import { resultIn } from '../src/report/languages-plan.js';
import { generateProject } from './generate.js';

const { values } = parseArgs({ options: { countries: { type: 'string', default: '200' }, changes: { type: 'string', default: '200' } } });
const repo = new URL('..', import.meta.url).pathname;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The explorer's files for the project in `dir`, as the report makes them (all four languages, 50 sensitivity runs). */
async function filesFor(dir: string) {
  const { dataset } = await loadProject(dir);
  if (!dataset) throw new Error(`${dir}: the project does not validate`);
  const langs = defaultLanguages.map((c) => languages[c]!);
  const translations: Record<string, Map<string, string>> = {};
  for (const l of langs) translations[l.code] = (await readTranslations(dir, l.code)).table;
  const sensitivity = sensitivityFor(dataset, { runs: 50 });
  const { data, result } = resultIn(dataset, langs[0]!, translations);
  return explorerFiles({ data, result, dataset, languages: langs, translations, intervals: sensitivity ? rankIntervals(sensitivity) : undefined, title: t(langs[0]!.strings, 'index.title'), primary: langs[0]! });
}

const shipped = await filesFor(repo);
const page = shipped.find((f) => f.path === 'explorer/index.html')!.content as string;
console.log(`shipped project: explorer/index.html ${kb(page.length)}, gzipped ${kb(gzipSync(page, { level: 9 }).length)} (script alone ${kb(EXPLORER_SCRIPT.length)}, gzipped ${kb(gzipSync(EXPLORER_SCRIPT, { level: 9 }).length)})`);

const dir = await mkdtemp(join(tmpdir(), 'policy-index-explorer-bench-'));
try {
  await generateProject(dir, Number(values.countries));
  const files = await filesFor(dir);
  // the page with the site's stylesheet and fonts beside it, as in a report
  for (const f of [...files, ...assetFiles()]) {
    await mkdir(dirname(join(dir, 'reports', f.path)), { recursive: true });
    await writeFile(join(dir, 'reports', f.path), f.content);
  }
  const big = files.find((f) => f.path === 'explorer/index.html')!.content as string;
  console.log(`${values.countries} countries: explorer/index.html gzipped ${kb(gzipSync(big, { level: 9 }).length)}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const tab = await browser.newPage();
  await tab.goto(`${pathToFileURL(join(dir, 'reports/explorer/index.html')).href}#c=AAA,AAB,AAC`, { waitUntil: 'load' });
  type Times = { total: number[]; compute: number[]; dom: number[]; layout: number[] };
  // the table's rows fill the window, as for a reader watching the ranking while moving a slider
  await tab.evaluate(() => document.querySelector('.xtable tbody')?.scrollIntoView());
  // the main thread's CPU time (thread ticks), which the other processes on the machine do not inflate
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const stat = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
    return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
  };
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const n = Number(values.changes);
  for (const settled of [false, true]) {
    const m0 = await metrics();
    const before = loadavg();
    const times = await tab.evaluate(([n, settled]) => (window as unknown as { explorer: { bench: (n: number, settled: boolean) => Promise<Times> } }).explorer.bench(n, settled), [n, settled] as const);
    const after = loadavg();
    const m1 = await metrics();
    const perChange = (name: string) => `${((1000 * ((m1[name] ?? 0) - (m0[name] ?? 0))) / n).toFixed(1)} ms`;
    console.log(settled
      ? `${values.countries} countries, ${n} weight changes, each until every row of the table is written (load average ${load(before)} before, ${load(after)} after, ${cpus().length} cores):`
      : `${values.countries} countries, ${n} weight changes, each until the rows in view are written, the others following in later tasks (load average ${load(before)} before, ${load(after)} after, ${cpus().length} cores):`);
    console.log(`  per change (re-score + DOM update + layout): ${stat(times.total)}`);
    console.log(`  re-score (engine):                          ${stat(times.compute)}`);
    console.log(`  DOM update (table, comparison, status):     ${stat(times.dom)}`);
    console.log(`  layout:                                     ${stat(times.layout)}`);
    console.log(`  main-thread CPU per change, rest of the table included (mean, thread ticks): ${perChange('TaskDuration')}; script ${perChange('ScriptDuration')}, style ${perChange('RecalcStyleDuration')}, layout ${perChange('LayoutDuration')}`);
  }
  await browser.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
