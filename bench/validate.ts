/**
 * Benchmark: `policy-index validate` on the shipped data as a whole process, as a researcher runs
 * it (the installed command, dist/cli/bin.js, which runs validate from the bundled file; so run
 * `npm run build` first), against node starting alone and against the unbundled dist/cli/main.js.
 * Runs alternate so that a change in the machine's load affects both alike. Prints the median and
 * best wall time and CPU time of each.
 * Usage: npm run bench:validate [-- --runs 15]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

interface Sample { wall: number; cpu: number; rss: number }
function time(args: string[], id: string): Sample {
  const file = join(tmp, id);
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', hook, ...args], { cwd: repo, env: { ...process.env, BENCH_CPU_FILE: file }, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  const [cpu, rss] = readFileSync(file, 'utf8').trim().split(' ').map(Number) as [number, number];
  return { wall, cpu, rss };
}

const alone: Sample[] = [];
const validate: Sample[] = [];
const modules: Sample[] = [];
const load0 = loadavg()[0]!;
for (let i = 0; i < runs; i++) {
  alone.push(time(['-e', '0'], `a${i}`));
  validate.push(time([cli, 'validate', '.', '--quiet'], `v${i}`));
  modules.push(time([unbundled, 'validate', '.', '--quiet'], `m${i}`));
}
rmSync(tmp, { recursive: true, force: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const best = (xs: number[]) => Math.min(...xs);
const row = (name: string, s: Sample[]) =>
  `${name.padEnd(26)} wall median ${median(s.map((x) => x.wall)).toFixed(0).padStart(4)} ms, best ${best(s.map((x) => x.wall)).toFixed(0).padStart(4)} ms; CPU median ${median(s.map((x) => x.cpu)).toFixed(0).padStart(4)} ms; peak ${(median(s.map((x) => x.rss)) / 1024).toFixed(0)} MB`;
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}; ${runs} runs each`);
console.log(row('node -e 0', alone));
console.log(row('policy-index validate .', validate));
console.log(row('  the same, unbundled', modules));
console.log(`target: validate under 300 ms wall on a quiet machine (the best run above is the closest to that)`);
