/**
 * Benchmark: the full report (all languages, every chart, scorecards in HTML, Markdown and PDF)
 * for a generated 200-country project. Prints total time, time per chart, time per scorecard PDF
 * and peak memory. Usage: npm run bench [-- --countries 200 --lang en,fr,es,ar]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadProject } from '../src/project.js';
import { readTranslations } from '../src/io/translations.js';
import { writeDirAtomic } from '../src/io/write-dir.js';
import { buildReport } from '../src/report/build-report.js';
import { languages } from '../src/messages/languages.js';
import { generateProject } from './generate.js';

const { values } = parseArgs({ options: { countries: { type: 'string', default: '200' }, lang: { type: 'string', default: 'en,fr,es,ar' } } });
const n = Number(values.countries);
const langs = values.lang!.split(',');
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);

const dir = await mkdtemp(join(tmpdir(), 'policy-index-bench-'));
try {
  let t = performance.now();
  await generateProject(dir, n);
  const tGen = performance.now() - t;
  t = performance.now();
  const { dataset, problems } = await loadProject(dir, { today: '2026-11-29' });
  if (!dataset) throw new Error(problems.map((p) => p.message).join('\n'));
  const tLoad = performance.now() - t;
  const translations: Record<string, Map<string, string>> = {};
  for (const l of langs) translations[l] = (await readTranslations(new URL('..', import.meta.url).pathname, l)).table;
  const times = new Map<string, number[]>();
  let last = performance.now();
  const start = performance.now();
  const count = await writeDirAtomic(join(dir, 'reports'), buildReport(dataset, { languages: langs.map((l) => languages[l]!), translations }, (_d, _t, what) => {
    const now = performance.now();
    const kind = what.endsWith('.pdf') ? 'scorecard PDF' : what.includes('/radar-') ? (what.startsWith('charts/') ? 'radar chart (PNG+SVG)' : 'radar chart (SVG)') : `chart ${what.replace(/^charts\//, '').replace(/-\d.*$/, '')} (PNG+SVG)`;
    times.set(kind, [...(times.get(kind) ?? []), now - last]);
    last = now;
  }));
  const total = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(`machine: ${cpus().length} cores, node ${process.version}`);
  console.log(`project: ${n} countries × ${dataset.indicators.length} indicators × ${dataset.editions.length} editions; languages ${langs.join(',')}`);
  console.log(`generate project: ${ms(tGen)}; load + validate: ${ms(tLoad)}`);
  console.log(`report: ${count} files in ${(total / 1000).toFixed(2)} s`);
  for (const [kind, xs] of [...times].sort()) {
    const sum = xs.reduce((a, b) => a + b, 0);
    console.log(`  ${kind.padEnd(34)} ${String(xs.length).padStart(4)} × ${ms(sum / xs.length).padStart(7)} = ${(sum / 1000).toFixed(2)} s`);
  }
  console.log(`peak memory (RSS): ${(peak / 1024 / 1024).toFixed(0)} MB`);
} finally {
  clearInterval(sampler);
  await rm(dir, { recursive: true, force: true });
}
