/**
 * Benchmark: one in-process build (buildIndex) of the ASEM index, 51 countries × 49 numeric
 * indicators, four levels (indicators → 8 pillars → 2 sub-indices → index), from the COINr
 * example data in ../shared/data/asem (iData.csv, iMeta.csv; no denomination). Prints the median
 * and minimum time per build over many builds after a warm-up, with and without COINr's default
 * outlier treatment. Usage: npx tsx bench/asem-build.ts [path/to/asem]
 */
import { readFileSync } from 'node:fs';
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

function time(label: string, d: Dataset): void {
  for (let i = 0; i < 50; i++) buildIndex(d); // warm-up
  const ts: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    buildIndex(d);
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  console.log(`${label}: median ${ts[ts.length >> 1]!.toFixed(2)} ms, min ${ts[0]!.toFixed(2)} ms per build (${countries.length} countries × ${indicators.length} indicators, ${dimensions.length} aggregates)`);
}

time('ASEM build, min-max + arithmetic', dataset({}));
time('ASEM build, with outlier treatment (winsorise)', dataset({ treat: { numeric: { method: 'winsorise' } } }));
