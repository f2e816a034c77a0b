import type { Dataset } from '../../schema/dataset.js';
import type { Methodology, SensitivitySettings } from '../../schema/methodology.js';
import { createRng } from '../stats/rng.js';
import { abMatrix, saltelliDesign } from '../stats/saltelli-design.js';
import { sobolIndices } from '../stats/sobol.js';
import { compile, type Compiled } from './compile.js';
import { alternativesOf, choiceOf, factorsOf, labelOf, type Alternatives, type Choice, type Factor, type FactorName } from './factors.js';
import { rankQuantile } from './rank-quantile.js';
import { createBuffers, evaluate, rankInto, weightsInto } from './replicate.js';

/** One ranked country's ranks over every model evaluation. */
export interface CountryInterval {
  iso3: string;
  name: string;
  /** Rank and index score of the nominal methodology (buildIndex). */
  nominal: number;
  score: number;
  /** Median rank (R type 7; may end in .5). */
  median: number;
  /** 5th percentile of the ranks (R type 7) rounded down, and the 95th rounded up. */
  low: number;
  high: number;
  /** distribution[r − 1] = number of evaluations in which the country ranked r. */
  distribution: number[];
}

/** A factor's headline sensitivity: first-order (Saltelli 2010) and total (Jansen) index of the rank, averaged over countries. */
export interface FactorSensitivity {
  factor: FactorName;
  /** What the factor varies over, e.g. ["minmax", "zscore"] or ["±25%"]. */
  options: string[];
  si: number;
  sti: number;
}

export interface SensitivityResult {
  edition: number;
  seed: number;
  /** Base rows of the Saltelli design (0 when no factor varies). */
  N: number;
  /** Model evaluations made: N·(k + 2), or 1 when no factor varies. */
  evaluations: number;
  /** Ranked countries of the nominal run, by nominal rank then name. */
  countries: CountryInterval[];
  factors: FactorSensitivity[];
}

/** Everything a run needs, compiled once: the design rows and the compiled edition. */
export interface Plan {
  compiled: Compiled;
  alternatives: Alternatives;
  factors: Factor[];
  /** Rows of A, then B, then AB_1 … AB_k (each N rows of k uniforms); one empty row when k = 0. */
  rows: number[][];
  N: number;
  seed: number;
  noise: number;
}

export interface SensitivityOptions {
  /** The edition to analyse (default: the latest). */
  edition?: number;
  /** The nominal methodology (default: the dataset's). */
  methodology?: Methodology;
}

/**
 * Compiles the edition and draws the design: with k varied factors, N = ⌊runs / (k + 2)⌋ base
 * rows (at least 1), A and B from saltelliDesign with stream 0 of the seed, then AB_i. `runs`
 * therefore counts model evaluations. With no factor (no noise, no alternatives) there is one
 * evaluation. Throws a RangeError for an edition not in the data or a negative seed.
 */
export function planSensitivity(dataset: Dataset, settings: SensitivitySettings, options: SensitivityOptions = {}): Plan {
  const methodology = options.methodology ?? dataset.methodology;
  const edition = options.edition ?? dataset.editions.at(-1);
  if (edition === undefined || !dataset.editions.includes(edition)) {
    throw new RangeError(`edition ${String(options.edition ?? '(latest)')} is not in the data (editions: ${dataset.editions.join(', ') || 'none'})`);
  }
  const alternatives = alternativesOf(settings);
  const compiled = compile(dataset, methodology, alternatives, edition);
  const factors = factorsOf(settings, alternatives, compiled.nI);
  const k = factors.length;
  if (k === 0) return { compiled, alternatives, factors, rows: [[]], N: 0, seed: settings.seed, noise: settings.weightNoise };
  const N = Math.max(1, Math.floor(settings.runs / (k + 2)));
  const { A, B } = saltelliDesign(N, k, createRng(settings.seed, 0));
  const rows = [...A, ...B, ...factors.flatMap((_, i) => abMatrix(A, B, i))];
  return { compiled, alternatives, factors, rows, N, seed: settings.seed, noise: settings.weightNoise };
}

/**
 * Runs evaluations [from, to) of the plan: each row → its configuration → index scores →
 * competition ranks of the ranked countries, written to ranks[e·nC + c]. Evaluation e depends
 * on row e alone, so any split of the range gives the same ranks. Returns how many rows were
 * computed (the others were copies of an identical configuration). Rows below `done` must already
 * hold their ranks (an earlier call over them), so that they too can be copied from.
 */
export function evaluateRows(plan: Plan, ranks: Uint16Array | Int32Array, from = 0, to = plan.rows.length, done = 0): number {
  const k = plan.compiled;
  const { N, factors } = plan;
  const nC = k.countries.length;
  const b = createBuffers(k);
  let computed = 0;
  // rows of A this call may copy from: its own, and those an earlier call already wrote (below `done`)
  const aChoice = (r: number) => ((r >= from && r < to) || r < done ? choiceOf(plan.rows[r]!, factors) : null);
  const aChoices = new Array<Choice | null | undefined>(Math.min(N, to));
  const aAt = (r: number): Choice | null => (r >= aChoices.length ? null : aChoices[r] === undefined ? (aChoices[r] = aChoice(r)) : aChoices[r]!);
  for (let e = from; e < to; e++) {
    const choice = e < N ? aAt(e)! : choiceOf(plan.rows[e]!, factors);
    // A row of AB_i whose discrete factor i falls on the same option as in A is A's configuration:
    // copy A's ranks (same result as evaluating it, so any split of the range agrees).
    const r = (e - 2 * N) % N;
    const a = e >= 2 * N ? aAt(r) : null;
    if (a !== null && sameChoice(choice, a)) {
      ranks.copyWithin(e * nC, r * nC, (r + 1) * nC);
      continue;
    }
    weightsInto(k, choice, plan.noise, plan.seed, b.w);
    rankInto(evaluate(k, choice, b), k.ranked, b.order, b.key, ranks, e * nC);
    computed++;
  }
  return computed;
}

function sameChoice(a: Choice, b: Choice): boolean {
  return a.normaliser === b.normaliser && a.aggregator === b.aggregator && a.imputation === b.imputation && a.treatment === b.treatment
    && a.denomination === b.denomination && a.screening === b.screening && a.drop === b.drop && a.noiseStream === b.noiseStream;
}

/** Storage for the ranks of every evaluation, evaluation-major. */
export function rankStore(plan: Plan): Uint16Array | Int32Array {
  const size = plan.rows.length * plan.compiled.countries.length;
  return plan.compiled.countries.length < 0xffff ? new Uint16Array(size) : new Int32Array(size);
}

/**
 * Per country: the rank distribution, median and 5–95% interval (R type 7 as stats/quantile,
 * read off the distribution by rankQuantile, on all evaluations; the 5th percentile rounded down and the 95th up, so the interval is whole ranks
 * and never narrower than the percentiles). Per factor: sobolIndices of each country's rank,
 * then the mean over countries (a country whose rank never varies counts with 0).
 */
export function summarise(plan: Plan, ranks: Uint16Array | Int32Array): SensitivityResult {
  const { compiled: k, factors, N } = plan;
  const E = plan.rows.length;
  const nC = k.countries.length;
  const countries: CountryInterval[] = k.countries.map((c, j) => {
    const distribution = new Array<number>(nC).fill(0);
    for (let e = 0; e < E; e++) distribution[ranks[e * nC + j]! - 1]!++;
    return {
      iso3: c.iso3, name: c.name, nominal: c.nominal, score: c.score,
      median: rankQuantile(distribution, 0.5)!, low: Math.floor(rankQuantile(distribution, 0.05)!), high: Math.ceil(rankQuantile(distribution, 0.95)!), distribution,
    };
  });
  const si = factors.map(() => 0);
  const sti = factors.map(() => 0);
  if (N > 0) {
    const column = (block: number, j: number) => {
      const out = new Array<number>(N);
      for (let r = 0; r < N; r++) out[r] = ranks[(block * N + r) * nC + j]!;
      return out;
    };
    for (let j = 0; j < nC; j++) {
      const s = sobolIndices({ yA: column(0, j), yB: column(1, j), yAB: factors.map((_, i) => column(2 + i, j)) });
      s.first.forEach((v, i) => { si[i]! += v / nC; });
      s.total.forEach((v, i) => { sti[i]! += v / nC; });
    }
  }
  const optionsOf = (f: Factor): string[] => {
    switch (f.factor) {
      case 'weights': return [`±${Math.round(plan.noise * 1000) / 10}%`];
      case 'normaliser': return plan.alternatives.normalisers.map(labelOf);
      case 'aggregator': return plan.alternatives.aggregators.map(labelOf);
      case 'imputation': return plan.alternatives.imputations.map(labelOf);
      case 'treatment': return plan.alternatives.treatments.map(labelOf);
      case 'denomination': return plan.alternatives.denominations.map(labelOf);
      case 'screening': return plan.alternatives.screens.map(labelOf);
      case 'dropIndicator': return ['none', ...k.indicators];
    }
  };
  countries.sort((a, b) => a.nominal - b.nominal || a.name.localeCompare(b.name, 'en'));
  return {
    edition: k.edition, seed: plan.seed, N, evaluations: E, countries,
    factors: factors.map((f, i) => ({ factor: f.factor, options: optionsOf(f), si: si[i]!, sti: sti[i]! })),
  };
}

/**
 * Monte Carlo uncertainty and sensitivity analysis of one edition's ranks: plan (compile once,
 * draw the Saltelli design), evaluate every row over typed arrays, summarise. Single-threaded (runSensitivityParallel in parallel.ts splits the rows over worker threads, same result).
 * The result depends only on the dataset, the settings (the seed included) and the edition.
 * @example runSensitivity(dataset, { ...dataset.methodology.sensitivity, runs: 1000 }).countries[0] // { iso3: 'MEX', nominal: 1, low: 1, high: 3, … }
 */
export function runSensitivity(dataset: Dataset, settings: SensitivitySettings, options: SensitivityOptions = {},
  progress?: (done: number, total: number) => void): SensitivityResult {
  const plan = planSensitivity(dataset, settings, options);
  const ranks = rankStore(plan);
  const E = plan.rows.length;
  // in slices, so that a progress bar can follow; any split of the rows gives the same ranks
  const slice = progress ? Math.max(1, Math.ceil(E / 100)) : E;
  for (let from = 0; from < E; from += slice) {
    evaluateRows(plan, ranks, from, Math.min(E, from + slice), from);
    progress?.(Math.min(E, from + slice), E);
  }
  return summarise(plan, ranks);
}

/** The 5–95% rank interval of every ranked country, by ISO3, e.g. { MEX: [3, 6] }. */
export function rankIntervals(result: SensitivityResult): Record<string, [number, number]> {
  return Object.fromEntries(result.countries.map((c) => [c.iso3, [c.low, c.high] as [number, number]]));
}
