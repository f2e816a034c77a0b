import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionResult } from '../../src/engine/types.js';
import { buildFixture, country } from './fixture.js';

/*
 * MIPEX's rule (mipex.eu/methodology; 2015.mipex.eu/methodology; summarised in
 * /work/shared/research/domain.md §2.1): every indicator is a question whose options score
 * 0 / 50 / 100; a policy area's score is the mean of its indicators; the overall score is the mean
 * of the policy areas (equal weights at each level). In our format: scale `abc` (c 0, b 50, a 100),
 * blank weights (= 1), default methodology. tests/fixtures/engine/mipex, hand calculation:
 *
 *          LMM (l1 l2 l3)          FR (f1 f2 f3 f4)              EDU (e1 e2)         overall
 *   AAA    a b c → 150/3 = 50      a a b c → 250/4 = 62.5        a a → 100           (50+62.5+100)/3 = 212.5/3 = 70.833
 *   BBB    a a a → 100             c c b b → 100/4 = 25          b c → 25            (100+25+25)/3 = 50
 *   CCC    b b c → 100/3 = 33.333  a b b a → 300/4 = 75          c b → 25            (100/3+75+25)/3 = 400/9 = 44.444
 *
 * The overall score is not the mean of all nine indicators (AAA: 600/9 = 66.667): areas with fewer
 * indicators weigh as much as the others.
 * Ranks: overall AAA 1, BBB 2, CCC 3; LMM BBB 1, AAA 2, CCC 3; FR CCC 1, AAA 2, BBB 3;
 * EDU AAA 1, BBB and CCC tied at 2.
 */

let e: EditionResult;
beforeAll(async () => {
  e = (await buildFixture('mipex')).editions[0]!;
});

describe('MIPEX-style index: 0/50/100 answers, area = mean, overall = mean of areas (hand calculation above)', () => {
  const expected = {
    AAA: { LMM: 50, FR: 62.5, EDU: 100, INDEX: 212.5 / 3, ranks: [1, 2, 2, 1] },
    BBB: { LMM: 100, FR: 25, EDU: 25, INDEX: 50, ranks: [2, 1, 3, 2] },
    CCC: { LMM: 100 / 3, FR: 75, EDU: 25, INDEX: 400 / 9, ranks: [3, 3, 1, 2] },
  };
  for (const [iso3, x] of Object.entries(expected)) {
    it(`${iso3}: each policy area is the mean of its answers and the overall score the mean of the areas`, () => {
      const c = country(e, iso3);
      expect(c.scores.LMM).toBeCloseTo(x.LMM, 10);
      expect(c.scores.FR).toBeCloseTo(x.FR, 10);
      expect(c.scores.EDU).toBeCloseTo(x.EDU, 10);
      expect(c.scores.INDEX).toBeCloseTo(x.INDEX, 10);
      expect([c.ranks.INDEX, c.ranks.LMM, c.ranks.FR, c.ranks.EDU]).toEqual(x.ranks);
    });
  }
  it('the overall score weighs policy areas equally, not indicators (AAA: 70.833, not 600/9 = 66.667)', () => {
    expect(country(e, 'AAA').scores.INDEX).not.toBeCloseTo(600 / 9, 2);
  });
  it('every indicator score is its option score: c 0, b 50, a 100', () => {
    const c = country(e, 'AAA');
    expect([c.scores.l1, c.scores.l2, c.scores.l3]).toEqual([100, 50, 0]);
  });
  it('with complete answers every effective weight is 1/3 of the area share: 1/9, 1/12, 1/6', () => {
    expect(e.effectiveWeights.l1).toBeCloseTo(1 / 9, 12);
    expect(e.effectiveWeights.f1).toBeCloseTo(1 / 12, 12);
    expect(e.effectiveWeights.e1).toBeCloseTo(1 / 6, 12);
  });
});
