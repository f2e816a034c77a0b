import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/analysis/sensitivity/compile.js';
import { alternativeMethodology, alternativesOf, type Choice } from '../../../src/analysis/sensitivity/factors.js';
import { createBuffers, evaluate } from '../../../src/analysis/sensitivity/replicate.js';
import { EngineError } from '../../../src/engine/aggregate-tree.js';
import { scoreEdition } from '../../../src/engine/build-index.js';
import { scoringMatrix } from '../../../src/engine/scoring-matrix.js';
import { buildHierarchy } from '../../../src/engine/hierarchy.js';
import { loadProject } from '../../../src/project.js';
import type { Dataset } from '../../../src/schema/dataset.js';
import { Methodology, SensitivitySettings, type SensitivitySettings as Settings } from '../../../src/schema/methodology.js';
import { loadFixture } from '../../engine/fixture.js';

/*
 * The compiled path against the reference path: for every alternative combination (imputation ×
 * normaliser × aggregator × treatment × denomination × screening) and every "drop one indicator"
 * choice, with nominal weights, the index score of each ranked country from evaluate() equals
 * scoreEdition()'s (the engine behind buildIndex) run with the same methodology on the dataset
 * without that indicator (its scoring matrix, denominated and screened on the whole framework,
 * less the indicator's column), within 1e-9.
 */

function without(dataset: Dataset, id: string): Dataset {
  return { ...dataset, indicators: dataset.indicators.filter((i) => i.id !== id), answers: dataset.answers.filter((a) => a.indicator !== id) };
}

/** Compares every combination; returns how many were compared and how many the engine refused (negative scores under a geometric mean). */
function compareAll(
  dataset: Dataset, settings: Settings, edition: number,
  withDrops: (imputation: number, normaliser: number, aggregator: number, treatment: number) => boolean = () => true,
): { compared: number; refused: number } {
  const alternatives = alternativesOf(settings);
  const k = compile(dataset, dataset.methodology, alternatives, edition);
  const b = createBuffers(k);
  let compared = 0;
  let refused = 0;
  const mismatches: string[] = [];
  const data = alternatives.denominations.flatMap((d, di) => alternatives.screens.map((s, si) => ({ d, di, s, si })));
  data.forEach(({ d, di, s, si }) => alternatives.treatments.forEach((treat, ti) => alternatives.imputations.forEach((imp, ii) => alternatives.normalisers.forEach((norm, ni) => alternatives.aggregators.forEach((agg, ai) => {
    const methodology = alternativeMethodology(dataset.methodology, norm, agg, imp, treat, d, s);
    for (let drop = -1; drop < (withDrops(ii, ni, ai, ti) ? k.nI : 0); drop++) {
      const ds = drop < 0 ? dataset : without(dataset, k.indicators[drop]!);
      const hierarchy = buildHierarchy(ds.dimensions, ds.indicators);
      let expected: Map<string, number | null> | null = null;
      try {
        // screening (and denomination) look at the whole framework: the dropped indicator leaves the matrix after them
        const full = scoringMatrix(dataset, edition, methodology);
        const keep = <T>(row: readonly T[]) => row.filter((_, i) => i !== drop);
        const matrix = drop < 0 ? full : { ...full, indicators: keep(full.indicators), values: full.values.map(keep), ...(full.carried ? { carried: full.carried.map(keep) } : {}) };
        const ref = scoreEdition(ds, hierarchy, matrix, methodology);
        expected = new Map(ref.countries.map((c) => [c.iso3, c.scores[hierarchy.rootId] ?? null]));
      } catch (e) {
        if (!(e instanceof EngineError)) throw e;
      }
      b.w.set(k.weights);
      const choice: Choice = { normaliser: ni, aggregator: ai, imputation: ii, treatment: ti, denomination: di, screening: si, drop, noiseStream: null };
      if (expected === null) {
        expect(() => evaluate(k, choice, b)).toThrow(EngineError);
        refused++;
        continue;
      }
      const scores = evaluate(k, choice, b);
      k.countries.forEach((c, j) => {
        const want = expected!.get(c.iso3) ?? null;
        const got = scores[k.ranked[j]!]!;
        const ok = want === null ? Number.isNaN(got) : Math.abs(got - want) <= 1e-9;
        if (!ok) mismatches.push(`${c.iso3} ${norm?.method} ${agg?.method} ${imp?.method} ${treat?.method} ${String(d)} ${JSON.stringify(s)} drop ${drop}: ${got} vs ${want}`);
      });
      compared++;
    }
  })))));
  expect(mismatches).toEqual([]);
  return { compared, refused };
}

describe('the compiled path agrees with buildIndex', () => {
  let shipped: Dataset;
  let asem: Dataset;
  beforeAll(async () => {
    const loaded = await loadProject(fileURLToPath(new URL('../../..', import.meta.url)));
    if (!loaded.dataset) throw new Error('the shipped project does not load');
    shipped = loaded.dataset;
    asem = await loadFixture('asem');
  });

  // The reference path is the slow one (≈ 10 ms a run here), so the shipped index drops each
  // indicator under both aggregators with groupMean and percentile (where missing cells matter),
  // and runs the 8 combinations without a drop in both editions.
  it('on the shipped index, the 12 alternative combinations (blank as lowest among the imputations) of its methodology file in both editions, and every dropped indicator', () => {
    const settings = shipped.methodology.sensitivity;
    expect(settings.normalisers.length * settings.aggregators.length * settings.imputations.length).toBe(12);
    for (const edition of shipped.editions) {
      const latest = edition === shipped.editions.at(-1);
      const { compared, refused } = compareAll(shipped, settings, edition, (imp, norm) => latest && imp === 1 && norm === 1);
      expect(compared).toBe(12 + (latest ? 2 * shipped.indicators.length : 0));
      expect(refused).toBe(0);
    }
  });

  it('on the ASEM numeric fixture (8 missing cells), every normaliser × aggregator × imputation × dropped indicator', () => {
    const settings = SensitivitySettings.parse({
      normalisers: [
        { method: 'minmax', low: 1, high: 100 }, { method: 'zscore' }, { method: 'percentile' }, { method: 'rank' },
        { method: 'goalposts' }, { method: 'target' }, { method: 'borda' }, { method: 'none' },
      ],
      aggregators: [{ method: 'arithmetic' }, { method: 'geometric' }, { method: 'harmonic' }, { method: 'generalised', p: 2 }, { method: 'generalised', p: -1 }, { method: 'copeland' }],
      imputations: [{ method: 'none' }, { method: 'mean' }, { method: 'groupMedian' }],
    });
    const { compared, refused } = compareAll(asem, settings, asem.editions[0]!);
    expect(compared + refused).toBe(8 * 6 * 3 * 7);
    // zscore and none give negative scores (or raw negated values), which only the arithmetic mean takes
    expect(refused).toBeGreaterThan(0);
    expect(compared).toBeGreaterThan(refused);
  });

  it('on the ASEM numeric fixture, outlier treatment as a factor (none, winsorise, winsorise with winmax 1 and no log, log) × imputation × normaliser × dropped indicator', () => {
    const settings = SensitivitySettings.parse({
      normalisers: [{ method: 'minmax' }, { method: 'rank' }],
      imputations: [{ method: 'none' }, { method: 'mean' }],
      treatments: [{ method: 'none' }, { method: 'winsorise' }, { method: 'winsorise', winmax: 1, log: false }, { method: 'log' }],
    });
    const { compared, refused } = compareAll(asem, settings, asem.editions[0]!);
    expect([compared, refused]).toEqual([4 * 2 * 2 * 7, 0]);
  });

  it('on the ASEM numeric fixture, copeland as the nominal method at the index over arithmetic or geometric pillars (byDepth), every normaliser × imputation × dropped indicator', () => {
    const settings = SensitivitySettings.parse({
      normalisers: [{ method: 'minmax', low: 1, high: 100 }, { method: 'rank' }, { method: 'percentile' }],
      imputations: [{ method: 'none' }, { method: 'mean' }],
    });
    for (const below of ['arithmetic', 'geometric'] as const) {
      const methodology = Methodology.parse({ aggregate: { default: { method: below }, byDepth: { 0: { method: 'copeland' } } } });
      const { compared, refused } = compareAll({ ...asem, methodology }, settings, asem.editions[0]!);
      expect([compared, refused]).toEqual([3 * 2 * 7, 0]);
    }
  });

  it('on the ASEM slice with denominators, denomination (on, off) × screening (none, minShare 0.8, maxZeroShare 0) × normaliser × imputation × dropped indicator', async () => {
    const denominated = await loadFixture('asem-denominated');
    const settings = SensitivitySettings.parse({
      normalisers: [{ method: 'minmax' }, { method: 'rank' }],
      imputations: [{ method: 'none' }, { method: 'groupMean', group: 'income' }],
      denominations: [true, false],
      screens: [{ minShare: 0 }, { minShare: 0.8 }, { maxZeroShare: 0 }],
    });
    const { compared, refused } = compareAll(denominated, settings, denominated.editions[0]!);
    expect([compared, refused]).toEqual([2 * 3 * 2 * 2 * (denominated.indicators.length + 1), 0]);
  });

  it('with the nominal methodology, compiled countries and their nominal ranks are buildIndex\'s ranked ones', () => {
    const k = compile(asem, asem.methodology, alternativesOf(SensitivitySettings.parse({})), asem.editions[0]!);
    // NZL and BGD answer 4 of 6 indicators (< 0.7) and are not ranked (tests/engine/numeric-pipelines.test.ts)
    expect(k.countries.map((c) => `${c.iso3}:${c.nominal}`).sort()).toEqual(['AUT:4', 'FRA:5', 'JPN:2', 'KOR:1', 'MNG:3', 'THA:6']);
  });
});

describe('outlier treatment as a sensitivity factor', () => {
  it('is a factor of its own with labelled alternatives, and runs that differ only in it are evaluated, not copied', async () => {
    const { runSensitivity } = await import('../../../src/analysis/sensitivity/run.js');
    const asem = await loadFixture('asem');
    const settings = SensitivitySettings.parse({ runs: 60, weightNoise: 0, dropIndicator: false, treatments: [{ method: 'none' }, { method: 'log' }] });
    const r = runSensitivity(asem, settings);
    expect(r.factors.map((f) => [f.factor, f.options])).toEqual([['treatment', ['none', 'log']]]);
    // the log keeps each column's order but changes its spacing after min-max, so the means and ranks move
    expect(r.factors[0]!.sti).toBeGreaterThan(0);
  });
});
