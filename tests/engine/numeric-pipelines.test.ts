import { describe, expect, it } from 'vitest';
import type { IndexResult } from '../../src/engine/types.js';
import { buildFixture, country } from './fixture.js';

/*
 * Numeric pipelines on tests/fixtures/engine/asem: a slice of the COINr ASEM example data (8
 * countries × 6 indicators from the Instit and Social pillars, 8 cells NA in the published data;
 * written by tests/reference/engine/make_asem_fixture.py). Tariff, TBTs, Poverty and Palma are
 * `lower is better`. Weights are ours: rtas 2, Social 2, the rest 1.
 *
 * Expected values are printed by tests/reference/engine/numeric_pipelines.py (python3 stdlib,
 * written from the formulas, reads the same CSVs): missing cells drop the indicator for that
 * country and renormalise the weights; min / max / mean / sd over the countries present; sd is the
 * n − 1 sample sd; aggregates need half their children; ranked = coverage ≥ 0.7.
 *
 * Structural facts visible in the numbers: NZL has only tert_grad in Social (1 of 3 < 0.5), so
 * Social is missing and its index is Instit alone; NZL and BGD answer 4 of 6 (0.67 < 0.7) and are
 * not ranked.
 */

type Expected = Record<string, { Instit: number | null; Social: number | null; INDEX: number | null; rank: number | null }>;

// Printed by: python3 tests/reference/engine/numeric_pipelines.py
const minmaxArithmetic: Expected = {
  AUT: { Instit: 60.70357216125177, Social: 65.47619047619048, INDEX: 63.88531770454424, rank: 4 },
  BGD: { Instit: 16.296296296296294, Social: 36.111111111111114, INDEX: 29.506172839506174, rank: null },
  FRA: { Instit: 56.331293496520274, Social: 63.413697410436946, INDEX: 61.052896105798055, rank: 5 },
  JPN: { Instit: 49.75095809461513, Social: 89.81481481481482, INDEX: 76.46019590808159, rank: 2 },
  KOR: { Instit: 67.60004482660256, Social: 82.80413718079231, INDEX: 77.7361063960624, rank: 1 },
  MNG: { Instit: 33.333333333333336, Social: 80.01977097159224, INDEX: 64.4576250921726, rank: 3 },
  NZL: { Instit: 61.50096758587325, Social: null, INDEX: 61.50096758587325, rank: null },
  THA: { Instit: 42.47486964468097, Social: 33.42022354879646, INDEX: 36.4384389140913, rank: 6 },
};
const zscoreArithmetic: Expected = {
  AUT: { Instit: 0.26973247320308147, Social: 0.04425282520095353, INDEX: 0.11941270786832951, rank: 3 },
  BGD: { Instit: -0.9321619522171712, Social: -0.9210976524379312, INDEX: -0.9247857523643446, rank: null },
  FRA: { Instit: 0.15064131342109807, Social: -0.05340830264824457, INDEX: 0.014608236041536313, rank: 5 },
  JPN: { Instit: -0.11425969358423618, Social: 0.8744517054339899, INDEX: 0.5448812390945812, rank: 1 },
  KOR: { Instit: 0.6124471622885208, Social: 0.44710864860767474, INDEX: 0.5022214865012901, rank: 2 },
  MNG: { Instit: -0.45903468601772673, Social: 0.3895241472599739, INDEX: 0.1066712028340737, rank: 4 },
  NZL: { Instit: 0.19966612320472998, Social: null, INDEX: 0.19966612320472998, rank: null },
  THA: { Instit: -0.09977319980936099, Social: -0.895830675527336, INDEX: -0.6304781836213443, rank: 6 },
};
const minmax1to100Geometric: Expected = {
  AUT: { Instit: 52.189707580077645, Social: 21.287378602268475, INDEX: 28.704043356721932, rank: 5 },
  BGD: { Instit: 8.595418507988029, Social: 8.514693182963201, INDEX: 8.541517032690335, rank: null },
  FRA: { Instit: 25.228285433346667, Social: 56.185524554390994, INDEX: 43.024140707913936, rank: 3 },
  JPN: { Instit: 43.87746965921621, Social: 89.34950102453473, INDEX: 70.49234302185279, rank: 2 },
  KOR: { Instit: 59.64872963462615, Social: 81.51389980640977, INDEX: 73.45502548435526, rank: 1 },
  MNG: { Instit: 4.641588833612778, Social: 78.9231081591353, INDEX: 30.691987250665285, rank: 4 },
  NZL: { Instit: 51.3684592943423, Social: null, INDEX: 51.3684592943423, rank: null },
  THA: { Instit: 42.052833263070866, Social: 5.010728881653798, INDEX: 10.182764275654783, rank: 6 },
};

function expectMatches(result: IndexResult, expected: Expected): void {
  const e = result.editions[0]!;
  for (const [iso3, x] of Object.entries(expected)) {
    const c = country(e, iso3);
    for (const node of ['Instit', 'Social', 'INDEX'] as const) {
      const want = x[node];
      if (want === null) expect(c.scores[node], `${iso3} ${node}`).toBeNull();
      else expect(c.scores[node], `${iso3} ${node}`).toBeCloseTo(want, 9);
    }
    expect(c.ranks.INDEX, `${iso3} rank`).toBe(x.rank);
    expect(c.ranked, `${iso3} ranked`).toBe(x.rank !== null);
  }
}

describe('numeric pipelines on the ASEM slice (reference: tests/reference/engine/numeric_pipelines.py)', () => {
  it('min-max to [0, 100] + arithmetic mean (the default methodology) matches the python reference', async () => {
    expectMatches(await buildFixture('asem'), minmaxArithmetic);
  });
  it('z-score (mean 0, sd 1, sample sd) + arithmetic mean matches the python reference', async () => {
    expectMatches(await buildFixture('asem', { normalise: { numeric: { method: 'zscore', mean: 0, sd: 1 } } }), zscoreArithmetic);
  });
  it('min-max to [1, 100] + geometric mean matches the python reference', async () => {
    const overrides = { normalise: { numeric: { method: 'minmax' as const, low: 1, high: 100 } }, aggregate: { default: { method: 'geometric' as const } } };
    expectMatches(await buildFixture('asem', overrides), minmax1to100Geometric);
  });
  it('a lower-is-better indicator gives its lowest value 100 after min-max (MNG has the fewest TBTs: 7; FRA the most: 1385)', async () => {
    const e = (await buildFixture('asem')).editions[0]!;
    expect(country(e, 'MNG').scores.tbts).toBe(100);
    expect(country(e, 'FRA').scores.tbts).toBe(0);
  });
  it('a missing cell stays missing after normalisation, is not imputed by default, and lowers coverage', async () => {
    const e = (await buildFixture('asem')).editions[0]!;
    const bgd = country(e, 'BGD');
    expect(bgd.scores.tbts).toBeNull();
    expect(bgd.imputed).toEqual([]);
    expect(bgd.coverage).toEqual({ answered: 4, missing: 2, na: 0, share: 4 / 6 });
  });
});
