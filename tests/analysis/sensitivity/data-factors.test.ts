import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { choiceOf } from '../../../src/analysis/sensitivity/factors.js';
import { createBuffers, evaluate } from '../../../src/analysis/sensitivity/replicate.js';
import { evaluateRows, planSensitivity, rankStore, runSensitivity } from '../../../src/analysis/sensitivity/run.js';
import { competitionRank } from '../../../src/engine/rank.js';
import type { Dataset } from '../../../src/schema/dataset.js';
import { SensitivitySettings } from '../../../src/schema/methodology.js';
import { loadFixture } from '../../engine/fixture.js';

/**
 * Printed by: python3 tests/reference/engine/denominate_reference.py (the ASEM slice with
 * denominators: flights ÷ population, goods and services ÷ GDP; screening drops BGD at minShare 0.8).
 */
const reference = JSON.parse(readFileSync(new URL('../../reference/engine/denominate.json', import.meta.url), 'utf8')) as
  Record<'denominated' | 'raw' | 'screened' | 'rawScreened', Record<string, { INDEX: number | null }>>;
/** The python scenario of each (denomination, screening) option pair of the settings below. */
const scenario = [['denominated', 'screened'], ['raw', 'rawScreened']] as const;

const settings = SensitivitySettings.parse({
  runs: 200, seed: 11, weightNoise: 0, dropIndicator: false,
  denominations: [true, false], screens: [{ minShare: 0 }, { minShare: 0.8 }],
});

let asem: Dataset;
beforeAll(async () => { asem = await loadFixture('asem-denominated'); });

describe('denomination and unit screening as sensitivity factors', () => {
  it('each denomination × screening option gives the python reference score of every country (none for BGD where it is screened out)', () => {
    const plan = planSensitivity(asem, settings);
    const k = plan.compiled;
    const b = createBuffers(k);
    b.w.set(k.weights);
    const columns = asem.countries.map((c) => c.iso3);
    for (const denomination of [0, 1]) for (const screening of [0, 1]) {
      const scores = evaluate(k, { normaliser: 0, aggregator: 0, imputation: 0, treatment: 0, denomination, screening, drop: -1, noiseStream: null }, b);
      const want = reference[scenario[denomination]![screening]!];
      const got = columns.map((iso3, j) => [iso3, Number.isNaN(scores[j]!) ? null : scores[j]!] as const);
      for (const [iso3, v] of got) {
        const w = want[iso3]?.INDEX ?? null;
        if (w === null) expect(v, `${iso3} ${denomination} ${screening}`).toBeNull();
        else expect(Math.abs(v! - w), `${iso3} ${denomination} ${screening}`).toBeLessThan(1e-9);
      }
    }
  });

  it('every evaluation ranks the nominally ranked countries as the python scenario its design row picks (a screened-out country ranks below every country with a score)', () => {
    const plan = planSensitivity(asem, settings);
    expect(plan.factors.map((f) => f.factor)).toEqual(['denomination', 'screening']);
    const ranks = rankStore(plan);
    evaluateRows(plan, ranks);
    const nC = plan.compiled.countries.length;
    const picked = new Set<string>();
    plan.rows.forEach((row, e) => {
      const choice = choiceOf(row, plan.factors);
      const name = scenario[choice.denomination]![choice.screening]!;
      picked.add(name);
      const scores = plan.compiled.countries.map((c) => reference[name][c.iso3]?.INDEX ?? null);
      const scored = scores.filter((s) => s !== null).length;
      const want = competitionRank(scores).map((r) => r ?? scored + 1);
      expect(Array.from(ranks.subarray(e * nC, (e + 1) * nC)), `evaluation ${e} (${name})`).toEqual(want);
    });
    expect(picked.size).toBe(4);
  });

  it('labels the factors and their options, and the nominal ranks are buildIndex\'s (the methodology denominates and does not screen)', () => {
    const r = runSensitivity(asem, settings);
    expect(r.factors.map((f) => [f.factor, f.options])).toEqual([['denomination', ['denominated', 'raw']], ['screening', ['minShare 0', 'minShare 0.8']]]);
    expect(Object.fromEntries(r.countries.map((c) => [c.iso3, c.nominal]))).toEqual(
      Object.fromEntries(Object.entries(reference.denominated).filter(([iso3]) => r.countries.some((c) => c.iso3 === iso3)).map(([iso3, s]) => [iso3, (s as { rank: number }).rank])));
    // raw data reorders the countries (JPN 4th → 1st), so the factor explains part of the ranks' variance
    expect(r.factors[0]!.sti).toBeGreaterThan(0);
  });
});
