/**
 * Benchmark: one in-process build (buildIndex) of the ASEM index, 51 countries × 49 numeric
 * indicators, four levels (indicators → 8 pillars → 2 sub-indices → index), from the COINr
 * example data in ../shared/data/asem (iData.csv, iMeta.csv; no denomination). Prints the time of
 * the first (cold) build, then the median, 10th and 90th percentile and minimum time per build
 * over 1,000 builds after a warm-up of at least 300 builds and 2 s (so that the optimising
 * compiler, a background thread that a loaded machine starves, has caught up), with and without
 * COINr's default outlier treatment, and the load average before and after.
 * Usage: npx tsx bench/asem-build.ts [path/to/asem]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildIndex } from '../src/engine/build-index.js';
import type { Answer, Dataset } from '../src/schema/dataset.js';
import { Methodology, type MethodologyInput } from '../src/schema/methodology.js';

const dir = process.argv[2] ?? new URL('../../shared/data/asem', import.meta.url).pathname;
const read = (f: string) => Papa.parse<Record<string, string>>(readFileSync(join(dir, f), 'utf8'), { header: true, skipEmptyLines: true }).data;
const data = read('iData.csv');
const meta = read('iMeta.csv');
const num = (s: string | undefined) => (s === undefined || s === 'NA' || s === '' ? null : Number(s));

const indicatorRows = meta.filter((m) => m.Type === 'Indicator');
// The engine makes the index itself (INDEX): COINr's level-4 "Index" row becomes it.
const top = meta.find((m) => m.Type === 'Aggregate' && (m.Parent === 'NA' || !m.Parent))!.iCode;
const dimensions = meta.filter((m) => m.Type === 'Aggregate' && m.iCode !== top).map((m) => ({
  id: m.iCode!, name: m.iName!, parent: m.Parent === top ? null : m.Parent!, weight: Number(m.Weight), description: null,
}));
const indicators = indicatorRows.map((m) => ({
  id: m.iCode!, dimension: m.Parent!, name: m.iName!, question: null, type: 'numeric' as const, scale: null,
  direction: m.Direction === '-1' ? 'lower' as const : 'higher' as const, lower: null, upper: null, target: num(m.Target),
  goal_low: null, goal_high: null, weight: Number(m.Weight), source: null, recommendation: null,
}));
const countries = data.map((r) => ({ iso3: r.uCode!, name: r.uName!, region: r.EurAsia_group ?? null }));
const answers: Answer[] = [];
for (const r of data) {
  for (const ind of indicators) {
    const v = num(r[ind.id]);
    answers.push({ country: r.uCode!, indicator: ind.id, edition: 2018, value: v === null ? { kind: 'missing' } : { kind: 'number', value: v },
      scope: 'full', justification: null, source: null, sourceUrls: [], sourceDate: null, at: { file: 'iData.csv' } });
  }
}
const dataset = (m: MethodologyInput): Dataset => ({
  root: dir, dimensions, indicators, scales: {}, countries, answers, editions: [2018], methodology: Methodology.parse(m),
} as unknown as Dataset);

const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');

function time(label: string, d: Dataset): void {
  let t = performance.now();
  buildIndex(d);
  const cold = performance.now() - t;
  const start = performance.now();
  for (let i = 0; i < 300 || performance.now() - start < 2000; i++) buildIndex(d); // warm-up
  const ts: number[] = [];
  for (let i = 0; i < 1000; i++) {
    t = performance.now();
    buildIndex(d);
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  const at = (q: number) => ts[Math.floor(q * (ts.length - 1))]!.toFixed(2);
  console.log(`${label}: median ${at(0.5)} ms (10–90%: ${at(0.1)}–${at(0.9)} ms), min ${at(0)} ms per build, first build ${cold.toFixed(1)} ms (${countries.length} countries × ${indicators.length} indicators, ${dimensions.length} aggregates)`);
}

console.log(`load average before: ${load()}`);
time('ASEM build, min-max + arithmetic', dataset({}));
time('ASEM build, with outlier treatment (winsorise)', dataset({ treat: { numeric: { method: 'winsorise' } } }));
console.log(`load average after: ${load()}`);
