import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBuffers, evaluate } from '../../../src/analysis/sensitivity/replicate.js';
import { planSensitivity, runSensitivity } from '../../../src/analysis/sensitivity/run.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { saltelliDesign } from '../../../src/analysis/stats/saltelli-design.js';
import { buildIndex } from '../../../src/engine/build-index.js';
import type { Dataset } from '../../../src/schema/dataset.js';
import { Methodology, SensitivitySettings } from '../../../src/schema/methodology.js';
import { loadFixture } from '../../engine/fixture.js';
import { swapToy } from './toy.js';

/** Printed by: python3 tests/reference/engine/copeland_reference.py (Copeland at every level of the ASEM slice, exact fractions). */
const reference = JSON.parse(readFileSync(new URL('../../reference/engine/copeland.json', import.meta.url), 'utf8')) as {
  asem: Record<string, Record<'Instit' | 'Social' | 'INDEX', number | null>>;
};

const settings = (s: Partial<SensitivitySettings>) => SensitivitySettings.parse({ dropIndicator: false, weightNoise: 0, runs: 400, seed: 3, ...s });
const copelandEverywhere = Methodology.parse({ aggregate: { default: { method: 'copeland' } } });

let asem: Dataset;
beforeAll(async () => { asem = await loadFixture('asem'); });

describe('copeland in the sensitivity analysis', () => {
  /*
   * NZL and BGD have an index score but answer too few indicators to be ranked. buildIndex's
   * Copeland compares them all the same; so does the analysis. Without them MNG would rank 2nd
   * and KOR 3rd (MNG beats NZL, KOR does not); with them, the python reference gives both 3.
   */
  it('as the nominal method with nothing varied: the scores of every country, ranked or not, are the python reference, and the ranks buildIndex\'s (KOR and MNG tie at 2 because NZL and BGD are compared too)', () => {
    const plan = planSensitivity(asem, settings({}), { methodology: copelandEverywhere });
    const k = plan.compiled;
    const b = createBuffers(k);
    b.w.set(k.weights);
    expect(plan.rows.length).toBe(1);
    const scores = evaluate(k, { normaliser: 0, aggregator: 0, imputation: 0, treatment: 0, denomination: 0, screening: 0, drop: -1, noiseStream: null }, b);
    const columns = asem.countries.map((c) => c.iso3);
    expect(Object.fromEntries(columns.map((iso3, j) => [iso3, Number.isNaN(scores[j]!) ? null : scores[j]]))).toEqual(
      Object.fromEntries(Object.entries(reference.asem).map(([iso3, s]) => [iso3, s.INDEX])));

    const r = runSensitivity(asem, settings({}), { methodology: copelandEverywhere });
    const nominal = buildIndex(asem, { methodology: copelandEverywhere }).editions[0]!.countries.filter((c) => c.ranked);
    expect(r.countries.map((c) => [c.iso3, c.nominal, c.low, c.high])).toEqual(nominal.map((c) => [c.iso3, c.ranks.INDEX, c.ranks.INDEX, c.ranks.INDEX]));
    expect(r.countries.filter((c) => c.nominal === 2).map((c) => c.iso3).sort()).toEqual(['KOR', 'MNG']);
  });

  it('as the nominal method with weights, normalisers and dropped indicators varied: it runs, the nominal ranks are buildIndex\'s, and only the order of values matters (rank and minmax normalisers give identical results, Si = STi = 0)', () => {
    const r = runSensitivity(asem, settings({ weightNoise: 0.5, dropIndicator: true, normalisers: [{ method: 'minmax' }, { method: 'rank' }] }), { methodology: copelandEverywhere });
    const nominal = buildIndex(asem, { methodology: copelandEverywhere }).editions[0]!.countries.filter((c) => c.ranked);
    expect(r.countries.map((c) => [c.iso3, c.nominal])).toEqual(nominal.map((c) => [c.iso3, c.ranks.INDEX]));
    const normaliser = r.factors.find((f) => f.factor === 'normaliser')!;
    expect([normaliser.si, normaliser.sti]).toEqual([0, 0]);
    expect(r.factors.find((f) => f.factor === 'dropIndicator')!.sti).toBeGreaterThan(0);
  });

  /*
   * Hand-checkable toy (as the geometric one in run.test.ts): A (50, 50), B (100, 10), C (20, 20),
   * values as they are, equal weights. Arithmetic: B 55, A 50, C 20. Copeland: A beats C on both,
   * A against B and B against C split one child each (ties), so A 1, B 0, C −1. The aggregator is
   * the only factor, so A ranks 1 in exactly the evaluations whose u ≥ 0.5 (copeland), counted here
   * from the same design (A rows, then B rows, then AB_1 = B's rows again).
   */
  it('as an aggregation alternative: a 3-country toy where copeland and the arithmetic mean swap two ranks gives the distribution counted by hand from the design', () => {
    const toy = swapToy();
    const r = runSensitivity(toy, settings({ runs: 300, seed: 7, aggregators: [{ method: 'arithmetic' }, { method: 'copeland' }] }));
    expect(r.factors.map((f) => [f.factor, f.options])).toEqual([['aggregator', ['arithmetic', 'copeland']]]);
    const N = 100;
    const { A, B } = saltelliDesign(N, 1, createRng(7, 0));
    const copeland = A.filter((row) => row[0]! >= 0.5).length + 2 * B.filter((row) => row[0]! >= 0.5).length;
    const by = Object.fromEntries(r.countries.map((c) => [c.iso3, c]));
    expect(by.AAA!.distribution).toEqual([copeland, 3 * N - copeland, 0]);
    expect(by.BBB!.distribution).toEqual([3 * N - copeland, copeland, 0]);
    expect(by.CCC!.distribution).toEqual([0, 0, 3 * N]);
  });
});
