/**
 * Benchmark: the full report (every chart, the site, the audit, scorecards in HTML, Markdown and
 * PDF) for a generated project, by default 200 countries in English, then in all four languages.
 * Prints total time, time per chart, time per scorecard and peak memory.
 * Usage: npm run bench [-- --countries 200 --lang en --lang en,fr,es,ar --threads 2]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readTranslations } from '../src/io/translations.js';
import { writeDirAtomic } from '../src/io/write-dir.js';
import { languages } from '../src/messages/languages.js';
import { loadProject } from '../src/project.js';
import { buildReport } from '../src/report/build-report.js';
import { renderCountries } from '../src/report/country-render.js';
import { defaultThreads } from '../src/report/render-pool.js';
import { generateProject } from './generate.js';

const { values } = parseArgs({ options: { countries: { type: 'string', default: '200' }, lang: { type: 'string', multiple: true }, threads: { type: 'string' } } });
const n = Number(values.countries);
const runs = (values.lang ?? ['en', 'en,fr,es,ar']).map((l) => l.split(','));
const threads = values.threads ? Number(values.threads) : defaultThreads();
const repo = new URL('..', import.meta.url).pathname;
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ms = (x: number) => `${x.toFixed(0)} ms`;

const dir = await mkdtemp(join(tmpdir(), 'policy-index-bench-'));
try {
  let t = performance.now();
  await generateProject(dir, n);
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; rendering threads: ${threads}`);
  console.log(`project: ${n} countries × 25 indicators × 2 editions (generated in ${ms(performance.now() - t)})`);
  t = performance.now();
  const { dataset, problems } = await loadProject(dir, { today: '2026-11-29' });
  if (!dataset) throw new Error(problems.map((p) => p.message).join('\n'));
  console.log(`load + validate: ${ms(performance.now() - t)}`);
  for (const langs of runs) {
    const translations: Record<string, Map<string, string>> = {};
    for (const l of langs) translations[l] = (await readTranslations(repo, l)).table;
    const charts: [string, number][] = [];
    let countryPhase = 0;
    let countries = 0;
    let last = performance.now();
    const start = last;
    const count = await writeDirAtomic(join(dir, 'reports'), buildReport(dataset, { languages: langs.map((l) => languages[l]!), translations, threads }, (_d, _t, what) => {
      const now = performance.now();
      if (/^[A-Z]{3}$/.test(what)) { countryPhase += now - last; countries++; } else charts.push([what, now - last]);
      last = now;
    }));
    const total = performance.now() - start;
    console.log(`\nreport in ${langs.join(',')}: ${count} files in ${s(total)}`);
    for (const [what, x] of charts) console.log(`  chart ${what.padEnd(28)} PNG + SVG  ${ms(x).padStart(8)}`);
    console.log(`  scorecards: ${countries} countries in ${s(countryPhase)} after the charts (${ms(countryPhase / Math.max(1, countries))} per country, ${threads} threads)`);
  }
  // one country's scorecard work, timed alone in this thread
  const one = { dataset, languages: ['en'], translations: { en: new Map<string, string>() }, only: [dataset.countries[0]!.iso3] };
  renderCountries(one);
  t = performance.now();
  for (let k = 0; k < 5; k++) renderCountries(one);
  console.log(`\none scorecard in one language (radar PNG + SVG + PDF), one thread: ${ms((performance.now() - t) / 5)}`);
  clearInterval(sampler);
  console.log(`peak memory (RSS, main thread process): ${(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024).toFixed(0)} MB`);
} finally {
  clearInterval(sampler);
  await rm(dir, { recursive: true, force: true });
}
