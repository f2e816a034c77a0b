/**
 * Benchmark of the sensitivity analysis: a generated 200-country, 60-indicator, three-level index
 * (60 numeric indicators → 12 sub-dimensions → 4 dimensions → index, about 3% of cells missing),
 * 10,000 model evaluations with weight noise ±25%, normalisers minmax to [1, 100] and percentile,
 * aggregators arithmetic and geometric, single-threaded.
 *
 *   npx tsx bench/sensitivity.ts [--runs N] [--seed S]
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { evaluateRows, planSensitivity, rankStore, summarise } from '../src/analysis/sensitivity/run.js';
import { createRng } from '../src/analysis/stats/rng.js';
import { buildIndex } from '../src/engine/build-index.js';
import type { Answer, Dataset } from '../src/schema/dataset.js';
import { Methodology, SensitivitySettings } from '../src/schema/methodology.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
const runs = Number(values.runs);
const seed = Number(values.seed);
const COINR_SECONDS = 0.12;

/** A generated project: indicator values from a country factor plus noise, 3% missing, a fifth of indicators lower-is-better. */
function generate(countries: number, rng = createRng(20240601, 0)): Dataset {
  const dims = Array.from({ length: 4 }, (_, d) => ({ id: `D${d + 1}`, name: `Dimension ${d + 1}`, parent: null, weight: 1 + (d % 2), description: null }));
  const subs = Array.from({ length: 12 }, (_, s) => ({ id: `S${s + 1}`, name: `Sub-dimension ${s + 1}`, parent: `D${(s % 4) + 1}`, weight: 1, description: null }));
  const indicators = Array.from({ length: 60 }, (_, i) => ({
    id: `x${i + 1}`, dimension: `S${(i % 12) + 1}`, name: `Indicator ${i + 1}`, question: null, type: 'numeric' as const, scale: null,
    direction: i % 5 === 0 ? ('lower' as const) : ('higher' as const), lower: null, upper: null, target: null, goal_low: null, goal_high: null,
    weight: 1 + (i % 3), source: null, recommendation: null,
  }));
  const iso = (k: number) => String.fromCharCode(65 + Math.floor(k / 676), 65 + (Math.floor(k / 26) % 26), 65 + (k % 26));
  const countryRows = Array.from({ length: countries }, (_, k) => ({ iso3: iso(k), name: `Country ${iso(k)}`, region: `R${k % 6}` }));
  const answers: Answer[] = [];
  for (const c of countryRows) {
    const level = rng.next();
    for (const ind of indicators) {
      const missing = rng.next() < 0.03;
      const x = 100 * (0.6 * level + 0.4 * rng.next());
      answers.push({
        country: c.iso3, indicator: ind.id, edition: 2024, scope: 'full', justification: null, source: null, sourceUrls: [], sourceDate: null,
        at: { file: `countries/${c.iso3}.csv` },
        value: missing ? { kind: 'missing' } : { kind: 'number', value: ind.direction === 'lower' ? 100 - x : x },
      });
    }
  }
  return {
    root: '(generated)', dimensions: [...dims, ...subs], indicators, scales: {}, countries: countryRows, answers, editions: [2024],
    methodology: Methodology.parse({ normalise: { numeric: { method: 'minmax', low: 1, high: 100 } }, ranking: { minCoverage: 0.7 } }),
  };
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 5);
const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

const dataset = generate(200);
const settings = SensitivitySettings.parse({
  runs, seed, weightNoise: 0.25,
  normalisers: [{ method: 'minmax', low: 1, high: 100 }, { method: 'percentile', scale: 100 }],
  aggregators: [{ method: 'arithmetic' }, { method: 'geometric' }],
  dropIndicator: false,
});

const t0 = performance.now();
const plan = planSensitivity(dataset, settings);
const t1 = performance.now();
sample();
const ranks = rankStore(plan);
let computed = evaluateRows(plan, ranks);
const t2 = performance.now();
// The evaluation phase again, 4 more times on the same plan: the machine may be shared, so the
// best and the median of 5 are printed, and the CPU time of the process alongside.
const times = [(t2 - t1) / 1000];
const cpus: number[] = [];
for (let i = 0; i < 4; i++) {
  const c0 = process.cpuUsage();
  const s0 = performance.now();
  computed = evaluateRows(plan, ranks);
  times.push((performance.now() - s0) / 1000);
  const c = process.cpuUsage(c0);
  cpus.push((c.user + c.system) / 1e6);
}
sample();
const t2b = performance.now();
const result = summarise(plan, ranks);
const t3 = performance.now();
sample();

// One rebuild of the whole index by the reference path, for the per-replication comparison.
const r0 = performance.now();
const rebuilds = 20;
for (let i = 0; i < rebuilds; i++) buildIndex(dataset);
const rebuild = (performance.now() - r0) / rebuilds / 1000;
clearInterval(sampler);
sample();

const E = result.evaluations;
const sortedTimes = [...times].sort((a, b) => a - b);
const evalSeconds = sortedTimes[2]!;
const perRep = evalSeconds / E;
const widths = result.countries.map((c) => c.high - c.low);
const fmt = (x: number, d = 3) => x.toFixed(d);
console.log(`sensitivity benchmark: ${dataset.countries.length} countries (${result.countries.length} ranked), ${dataset.indicators.length} indicators, 12 sub-dimensions, 4 dimensions`);
console.log(`machine: ${availableParallelism()} cores, node ${process.version}, ${process.platform}/${process.arch}; single-threaded`);
console.log(`factors: ${result.factors.map((f) => `${f.factor} [${f.options.join(', ')}]`).join('; ')}`);
console.log(`design: N = ${result.N} base rows × (k + 2 = ${result.factors.length + 2}) = ${E} evaluations (seed ${seed})`);
console.log(`compile (nominal run + ${plan.compiled.values.length} normalised matrices + design): ${fmt((t1 - t0) / 1000)} s`);
console.log(`evaluations (${E}; ${computed} computed, ${E - computed} AB rows identical to their A row and copied): median of 5 ${fmt(evalSeconds)} s, best ${fmt(sortedTimes[0]!)} s, first (cold JIT) ${fmt(times[0]!)} s; CPU time median ${fmt([...cpus].sort((a, b) => a - b)[2]!)} s`);
console.log(`per replication (median run): ${fmt(perRep * 1e6, 1)} µs; ${Math.round(1 / perRep).toLocaleString('en')} replications per second`);
console.log(`summary (intervals, distributions, Sobol indices): ${fmt((t3 - t2b) / 1000)} s; compile + first evaluation + summary ${fmt((t1 - t0) / 1000 + times[0]! + (t3 - t2b) / 1000)} s`);
console.log(`peak RSS: ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
console.log(`vs COINr's ${COINR_SECONDS} s per replication: ${Math.round(COINR_SECONDS / perRep).toLocaleString('en')}× faster per replication`);
console.log(`vs rebuilding this index with buildIndex each time (${fmt(rebuild * 1000, 1)} ms a rebuild): ${Math.round(rebuild / perRep).toLocaleString('en')}× faster`);
console.log(`sensitivity (mean over countries of the rank's Si / STi): ${result.factors.map((f) => `${f.factor} ${fmt(f.si)} / ${fmt(f.sti)}`).join(', ')}`);
console.log(`rank interval width (95th − 5th): median ${widths.sort((a, b) => a - b)[widths.length >> 1]}, max ${widths.at(-1)}`);
