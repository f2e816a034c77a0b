import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankQuantile } from '../../../src/analysis/sensitivity/rank-quantile.js';
import { evaluateRows, planSensitivity, rankIntervals, rankStore, runSensitivity, summarise } from '../../../src/analysis/sensitivity/run.js';
import { quantile } from '../../../src/analysis/stats/quantile.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { saltelliDesign } from '../../../src/analysis/stats/saltelli-design.js';
import { sensitivityFor } from '../../../src/analysis/sensitivity/for-report.js';
import { buildIndex } from '../../../src/engine/build-index.js';
import { loadProject } from '../../../src/project.js';
import type { Dataset } from '../../../src/schema/dataset.js';
import { SensitivitySettings } from '../../../src/schema/methodology.js';
import { loadFixture } from '../../engine/fixture.js';
import { swapToy } from './toy.js';

const settings = (s: Partial<SensitivitySettings>) => SensitivitySettings.parse({ dropIndicator: false, weightNoise: 0, ...s });
const fixed = settings({ runs: 500, seed: 1 });

let shipped: Dataset;
let asem: Dataset;
beforeAll(async () => {
  const loaded = await loadProject(fileURLToPath(new URL('../../..', import.meta.url)));
  if (!loaded.dataset) throw new Error('the shipped project does not load');
  shipped = loaded.dataset;
  asem = await loadFixture('asem');
});

describe('runSensitivity: known answers', () => {
  it('zero noise and no alternatives give every country a zero-width interval at its nominal rank', () => {
    for (const ds of [shipped, asem]) {
      const r = runSensitivity(ds, fixed);
      expect(r.factors).toEqual([]);
      expect(r.evaluations).toBe(1);
      const nominal = buildIndex(ds).editions.at(-1)!.countries.filter((c) => c.ranked);
      expect(r.countries.map((c) => [c.iso3, c.nominal])).toEqual(nominal.map((c) => [c.iso3, c.ranks.INDEX]));
      for (const c of r.countries) expect([c.low, c.median, c.high]).toEqual([c.nominal, c.nominal, c.nominal]);
    }
  });

  it('a factor whose alternatives give identical results (the same normaliser twice) has Si = STi = 0', () => {
    const r = runSensitivity(asem, settings({ runs: 800, weightNoise: 0.5, normalisers: [{ method: 'minmax' }, { method: 'minmax' }] }));
    const normaliser = r.factors.find((f) => f.factor === 'normaliser')!;
    expect([normaliser.si, normaliser.sti]).toEqual([0, 0]);
    expect(r.factors.find((f) => f.factor === 'weights')!.sti).toBeGreaterThan(0);
  });

  /*
   * Hand-checkable toy: 3 countries, 2 numeric indicators, no normalisation (values as they are),
   * equal weights. A (50, 50): arithmetic 50, geometric 50. B (100, 10): arithmetic 55, geometric
   * √1000 = 31.6. C (20, 20): 20 and 20. Arithmetic ranks B 1, A 2, C 3; geometric A 1, B 2, C 3.
   * The only factor is the aggregator, option ⌊u·2⌋ of each row's u. So A ranks 1 in exactly the
   * evaluations whose u ≥ 0.5 — counted here from the same design (A rows, then B rows, then
   * AB_1 = B's column, i.e. B's rows again) — and C is always 3rd.
   */
  it('a 3-country toy where the aggregator swaps two ranks gives the rank distribution counted by hand from the design', () => {
    const toy = swapToy();
    const s = settings({ runs: 300, seed: 7, aggregators: [{ method: 'arithmetic' }, { method: 'geometric' }] });
    const r = runSensitivity(toy, s);
    const N = 100; // ⌊300 / (k + 2)⌋ with k = 1
    const { A, B } = saltelliDesign(N, 1, createRng(7, 0));
    const geometric = A.filter((row) => row[0]! >= 0.5).length + 2 * B.filter((row) => row[0]! >= 0.5).length;
    const E = 3 * N;
    expect(r.evaluations).toBe(E);
    const by = Object.fromEntries(r.countries.map((c) => [c.iso3, c]));
    expect(by.BBB!.nominal).toBe(1);
    expect(by.AAA!.nominal).toBe(2);
    expect(by.AAA!.distribution).toEqual([geometric, E - geometric, 0]);
    expect(by.BBB!.distribution).toEqual([E - geometric, geometric, 0]);
    expect(by.CCC!.distribution).toEqual([0, 0, E]);
    expect([by.AAA!.low, by.AAA!.high, by.CCC!.low, by.CCC!.high]).toEqual([1, 2, 3, 3]);
    // One factor explains all the variance of A's and B's ranks: STi = mean((yA − yB)²)/2 / V ≈ 1,
    // and C's rank never varies (V = 0 → 0), so the mean over the three countries is near 2/3.
    const agg = r.factors[0]!;
    expect(agg.factor).toBe('aggregator');
    expect(agg.sti).toBeGreaterThan(0.55);
    expect(agg.sti).toBeLessThan(0.8);
  });

  it('the same seed gives identical output; another seed a different one', () => {
    const s = shipped.methodology.sensitivity;
    const a = runSensitivity(shipped, { ...s, runs: 700 });
    const b = runSensitivity(shipped, { ...s, runs: 700 });
    const c = runSensitivity(shipped, { ...s, runs: 700, seed: s.seed + 1 });
    expect(b).toEqual(a);
    expect(c.countries.map((x) => x.distribution)).not.toEqual(a.countries.map((x) => x.distribution));
    expect(a.factors.map((f) => f.factor)).toEqual(['weights', 'normaliser', 'aggregator', 'imputation', 'dropIndicator']);
    expect(a.evaluations).toBe(Math.floor(700 / 7) * 7);
  });

  it('splitting the evaluations into ranges (as workers would) gives the same ranks as one pass', () => {
    const plan = planSensitivity(shipped, { ...shipped.methodology.sensitivity, runs: 350 });
    const one = rankStore(plan);
    evaluateRows(plan, one);
    const two = rankStore(plan);
    const half = Math.floor(plan.rows.length / 2) + 3;
    evaluateRows(plan, two, 0, half);
    evaluateRows(plan, two, half);
    expect(two).toEqual(one);
    expect(summarise(plan, two)).toEqual(summarise(plan, one));
  });

  it('intervals contain the median, run from 1 to the number of ranked countries, and distributions count every evaluation', () => {
    const r = runSensitivity(asem, settings({ runs: 600, weightNoise: 0.25, dropIndicator: true, imputations: [{ method: 'none' }, { method: 'mean' }] }));
    for (const c of r.countries) {
      expect(c.low).toBeLessThanOrEqual(c.median);
      expect(c.median).toBeLessThanOrEqual(c.high);
      expect(c.low).toBeGreaterThanOrEqual(1);
      expect(c.high).toBeLessThanOrEqual(r.countries.length);
      expect(c.distribution.reduce((a, b) => a + b, 0)).toBe(r.evaluations);
    }
    expect(rankIntervals(r)).toEqual(Object.fromEntries(r.countries.map((c) => [c.iso3, [c.low, c.high]])));
  });
});

describe('rankQuantile', () => {
  it('equals stats/quantile (R type 7) on the expanded ranks', () => {
    const counts = [3, 0, 5, 1, 0, 7];
    const expanded = counts.flatMap((n, r) => Array.from({ length: n }, () => r + 1));
    for (const p of [0, 0.05, 0.25, 0.5, 0.9, 0.95, 1]) expect(rankQuantile(counts, p)).toBeCloseTo(quantile(expanded, p)!, 12);
    expect(rankQuantile([0, 0], 0.5)).toBeNull();
  });
});

describe('sensitivityFor (the report\'s plausible ranks)', () => {
  it('runs the methodology file\'s analysis; runs 0 leaves the ranges out', () => {
    expect(sensitivityFor(shipped, { runs: 0 })).toBeUndefined();
    const iv = rankIntervals(sensitivityFor(shipped, { runs: 350, seed: 3 })!);
    const r = runSensitivity(shipped, { ...shipped.methodology.sensitivity, runs: 350, seed: 3 });
    expect(iv).toEqual(rankIntervals(r));
  });
});
