/**
 * Benchmark: `policy-index validate` on the shipped data as a whole process, as a researcher runs
 * it (the installed command, dist/cli/bin.js, which runs validate from the bundled file; so run
 * `npm run build` first), against node starting alone. Three cases of the installed command, on
 * a copy of the shipped data with its own cache folder:
 *   - no cache (`--no-cache`): every file read and checked, as on the first run;
 *   - nothing changed since the last run: every country file's result reused;
 *   - one country file edited since the last run (the researcher's loop): that file checked again.
 * Also the unbundled dist/cli/main.js (no cache). Runs alternate so that a change in the machine's
 * load affects all alike. Prints the median and best wall time and CPU time of each.
 * Usage: npm run bench:validate [-- --runs 15]
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);
const repo = new URL('..', import.meta.url).pathname;
const cli = join(repo, 'dist/cli/bin.js');
const unbundled = join(repo, 'dist/cli/main.js');
if (!existsSync(join(repo, 'dist/cli/light.bundle.cjs'))) throw new Error('dist/cli/light.bundle.cjs is missing: run "npm run build" first');
const hook = join(repo, 'bench/cpu-at-exit.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'policy-index-bench-validate-'));
const project = join(tmp, 'project');
cpSync(join(repo, 'indicators'), join(project, 'indicators'), { recursive: true });
cpSync(join(repo, 'countries'), join(project, 'countries'), { recursive: true });
const cacheDir = join(tmp, 'cache');
const edited = join(project, 'countries/MEX.csv');
const original = readFileSync(edited);

interface Sample { wall: number; cpu: number; rss: number }
function time(args: string[], id: string): Sample {
  const file = join(tmp, id);
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', hook, ...args], { cwd: project, env: { ...process.env, BENCH_CPU_FILE: file, POLICY_INDEX_CACHE_DIR: cacheDir }, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  const [cpu, rss] = readFileSync(file, 'utf8').trim().split(' ').map(Number) as [number, number];
  return { wall, cpu, rss };
}

const alone: Sample[] = [];
const noCache: Sample[] = [];
const unchanged: Sample[] = [];
const oneEdit: Sample[] = [];
const modules: Sample[] = [];
const load0 = loadavg()[0]!;
time([cli, 'validate', '.', '--quiet'], 'fill');
for (let i = 0; i < runs; i++) {
  alone.push(time(['-e', '0'], `a${i}`));
  noCache.push(time([cli, 'validate', '.', '--quiet', '--no-cache'], `n${i}`));
  unchanged.push(time([cli, 'validate', '.', '--quiet'], `u${i}`));
  // a justification reworded: the file's bytes differ from the last run's
  if (i % 2 === 0) appendFileSync(edited, '\n'); else writeFileSync(edited, original);
  oneEdit.push(time([cli, 'validate', '.', '--quiet'], `e${i}`));
  modules.push(time([unbundled, 'validate', '.', '--quiet'], `m${i}`));
}
rmSync(tmp, { recursive: true, force: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const best = (xs: number[]) => Math.min(...xs);
const row = (name: string, s: Sample[]) =>
  `${name.padEnd(40)} wall median ${median(s.map((x) => x.wall)).toFixed(0).padStart(4)} ms, best ${best(s.map((x) => x.wall)).toFixed(0).padStart(4)} ms; CPU median ${median(s.map((x) => x.cpu)).toFixed(0).padStart(4)} ms; peak ${(median(s.map((x) => x.rss)) / 1024).toFixed(0)} MB`;
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}; ${runs} runs each; ${new Date().toISOString().slice(0, 16)} UTC`);
console.log(row('node -e 0', alone));
console.log(row('validate ., no cache (first run)', noCache));
console.log(row('validate ., nothing changed', unchanged));
console.log(row('validate ., one country file edited', oneEdit));
console.log(row('  unbundled (dist/cli/main.js, no cache)', modules));
console.log(`target: validate under 300 ms wall on a quiet machine, in the edit loop (one file edited)`);
