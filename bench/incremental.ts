/**
 * Benchmark: the edit-and-see loop on the shipped data. Copies indicators/ and countries/ to a
 * temporary project, builds its report as `policy-index report` does (default languages and
 * settings), then rebuilds it (a) with nothing changed, (b) after rewording one justification,
 * (c) after changing one answer, timing each rebuild (load + validate + build + swap) and
 * printing how many charts and PDFs were reused. Each rebuild goes through reportInto, as the
 * CLI and `serve` do.
 * Usage: npm run bench:incremental [-- --country MEX] [--serve]
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { defaultLanguages } from '../src/messages/languages.js';
import { loadProject } from '../src/project.js';
import { reportInto } from '../src/report-into.js';

const { values } = parseArgs({ options: { country: { type: 'string', default: 'MEX' }, serve: { type: 'boolean', default: false } } });
const iso3 = values.country!;
/** `--serve`: the settings `policy-index serve` builds with (English only, PNGs at screen scale). */
const settings = values.serve ? { codes: ['en'], pngScale: 1 } : { codes: defaultLanguages };
const repo = new URL('..', import.meta.url).pathname;
const dir = await mkdtemp(join(tmpdir(), 'policy-index-bench-incremental-'));
const out = join(dir, 'reports');
const guard = { project: dir, cwd: dir };
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function build(clean: boolean): Promise<{ ms: number; files: number; reused: number }> {
  const t = performance.now();
  const { dataset, problems } = await loadProject(dir);
  if (!dataset) throw new Error(problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n'));
  const r = await reportInto(dir, dataset, out, { ...settings, clean }, guard);
  return { ms: performance.now() - t, ...r };
}

/** Rewrites one row of the country's file (the first answered row of the latest edition). */
async function editRow(edit: (row: Record<string, string>) => void): Promise<string> {
  const file = join(dir, 'countries', `${iso3}.csv`);
  const parsed = Papa.parse<Record<string, string>>(await readFile(file, 'utf8'), { header: true, skipEmptyLines: true });
  const latest = Math.max(...parsed.data.map((r) => Number(r.edition)));
  const row = parsed.data.find((r) => Number(r.edition) === latest && r.answer !== '');
  if (!row) throw new Error(`${iso3} has no answer to edit`);
  edit(row);
  await writeFile(file, `${Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' })}\n`);
  return `${iso3} ${row.indicator} ${row.edition}`;
}

try {
  await cp(join(repo, 'indicators'), join(dir, 'indicators'), { recursive: true });
  await cp(join(repo, 'countries'), join(dir, 'countries'), { recursive: true });
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; load average ${loadavg()[0]!.toFixed(1)}`);
  console.log(`project: the shipped data; languages ${settings.codes.join(',')}${values.serve ? ' (the settings of serve)' : ''}`);
  const clean = await build(true);
  console.log(`clean build                         ${s(clean.ms).padStart(8)}  (${clean.files} files)`);
  const same = await build(false);
  console.log(`rebuild, nothing changed            ${s(same.ms).padStart(8)}  (${same.reused} charts and PDFs reused)`);
  const worded = await editRow((r) => { r.justification = `${r.justification} (Reworded for the benchmark.)`; });
  const afterWording = await build(false);
  console.log(`rebuild, one justification reworded ${s(afterWording.ms).padStart(8)}  (${afterWording.reused} reused; ${worded})`);
  const answered = await editRow((r) => { r.answer = r.answer === 'no' ? 'yes' : 'no'; r.justification = `${r.justification} (Answer changed for the benchmark.)`; });
  const afterAnswer = await build(false);
  console.log(`rebuild, one answer changed         ${s(afterAnswer.ms).padStart(8)}  (${afterAnswer.reused} reused; ${answered})`);
  console.log(`load average at the end ${loadavg()[0]!.toFixed(1)}; target: under 3 s after a one-file edit`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
