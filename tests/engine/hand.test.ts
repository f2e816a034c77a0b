import { beforeAll, describe, expect, it } from 'vitest';
import type { IndexResult } from '../../src/engine/types.js';
import { buildFixture, country, edition } from './fixture.js';

/*
 * tests/fixtures/engine/hand: every number below is a hand calculation.
 *
 * Framework: dimensions A (weight 2) and B (weight 1) under the index.
 *   A: a1 (w 1, yn3), a2 (w 3, lvl4), a3 (w 1, yn3)      B: b1 (w 1, yn3), b2 (w 2, lvl4)
 *   yn3: no 0 · limited 50 · yes 100          lvl4: none 0 · weak 40 · fair 70 · strong 100
 * Methodology: defaults (categorical none, arithmetic, aggregate minCoverage 0.5, ranking
 * minCoverage 0.7, partial = half step) + bands Low ≥ 0, Medium ≥ 60, High ≥ 80.
 *
 * 2018                          A = (a1 + 3·a2 + a3) / 5     B = (b1 + 2·b2) / 3     I = (2A + B) / 3
 *   AAA yes fair limited | yes fair    A = (100+210+50)/5 = 72   B = (100+140)/3 = 80      I = 224/3 = 74.667 Medium
 *   BBB no weak yes | limited strong   A = (0+120+100)/5 = 44    B = (50+200)/3 = 250/3    I = (88+250/3)/3 = 514/9 = 57.111 Low
 *   CCC limited strong no | no weak    A = (50+300+0)/5 = 70     B = (0+80)/3 = 80/3       I = (140+80/3)/3 = 500/9 = 55.556 Low
 *   DDD yes weak yes | na none         A = (100+120+100)/5 = 64  B = 2·0/2 = 0 (b1 na: left out)  I = 128/3 = 42.667 Low
 *   index ranks AAA 1, BBB 2, CCC 3, DDD 4;  A ranks AAA 1, CCC 2, DDD 3, BBB 4;  B ranks BBB 1, AAA 2, CCC 3, DDD 4
 *
 * 2024
 *   AAA yes strong(partial) yes | yes strong
 *       a2 = (100 + 70)/2 = 85 (half a step down to fair)
 *       A = (100+255+100)/5 = 91  B = (100+200)/3 = 100  I = (182+100)/3 = 94 High
 *   BBB limited fair yes | yes strong  A = (50+210+100)/5 = 72  B = 100  I = (144+100)/3 = 244/3 = 81.333 High
 *   CCC yes strong (blank) | no fair   A = (100+300)/4 = 100 (a3 missing: dropped, weights 1+3 renormalised)
 *       B = (0+140)/3 = 140/3  I = (200+140/3)/3 = 740/9 = 82.222 High
 *       coverage: answered 4, missing 1, na 0, share 4/5 = 0.8 ≥ 0.7 → ranked
 *   DDD yes fair yes | na weak         A = (100+210+100)/5 = 82  B = 40  I = (164+40)/3 = 68 Medium
 *       coverage: answered 4, missing 0, na 1, share 4/4 = 1
 *   index ranks AAA 1, CCC 2, BBB 3, DDD 4;  A ranks CCC 1, AAA 2, DDD 3, BBB 4
 *   B: AAA and BBB both (100 + 2·100)/3 = 100 → tied at 1, CCC 3, DDD 4 (competition ranking "1134")
 *
 * change 2018 → 2024 (score: I₂₀₂₄ − I₂₀₁₈; rank: r₂₀₁₈ − r₂₀₂₄, positive = moved up)
 *   AAA 94 − 224/3 = 58/3 = 19.333, rank 1 − 1 = 0
 *   BBB 244/3 − 514/9 = 218/9 = 24.222, rank 2 − 3 = −1
 *   CCC 740/9 − 500/9 = 240/9 = 26.667, rank 3 − 2 = +1
 *   DDD 68 − 128/3 = 76/3 = 25.333, rank 4 − 4 = 0
 *
 * effective weights: a1 = 1/5 · 2/3 = 2/15, a2 = 3/5 · 2/3 = 6/15, a3 = 2/15, b1 = 1/3 · 1/3 = 1/9, b2 = 2/3 · 1/3 = 2/9
 */

let result: IndexResult;
beforeAll(async () => {
  result = await buildFixture('hand');
});

const P = 10; // decimal places: the values above are exact fractions

describe('hand fixture, edition 2018 (hand calculation above)', () => {
  const expected = {
    AAA: { A: 72, B: 80, INDEX: 224 / 3, rank: 1, rankA: 1, rankB: 2, band: 'Medium' },
    BBB: { A: 44, B: 250 / 3, INDEX: 514 / 9, rank: 2, rankA: 4, rankB: 1, band: 'Low' },
    CCC: { A: 70, B: 80 / 3, INDEX: 500 / 9, rank: 3, rankA: 2, rankB: 3, band: 'Low' },
    DDD: { A: 64, B: 0, INDEX: 128 / 3, rank: 4, rankA: 3, rankB: 4, band: 'Low' },
  };
  for (const [iso3, e] of Object.entries(expected)) {
    it(`buildIndex scores ${iso3}'s dimensions and index as the weighted means worked out by hand`, () => {
      const c = country(edition(result, 2018), iso3);
      expect(c.scores.A).toBeCloseTo(e.A, P);
      expect(c.scores.B).toBeCloseTo(e.B, P);
      expect(c.scores.INDEX).toBeCloseTo(e.INDEX, P);
      expect(c.ranks.INDEX).toBe(e.rank);
      expect(c.ranks.A).toBe(e.rankA);
      expect(c.ranks.B).toBe(e.rankB);
      expect(c.band).toBe(e.band);
      expect(c.ranked).toBe(true);
    });
  }
  it('a not-applicable answer (DDD b1 = na) is left out of its dimension and of coverage', () => {
    const c = country(edition(result, 2018), 'DDD');
    expect(c.scores.b1).toBeNull();
    expect(c.scores.B).toBe(0);
    expect(c.coverage).toEqual({ answered: 4, missing: 0, na: 1, share: 1 });
  });
  it('the first edition has no previous edition and no change', () => {
    const e = edition(result, 2018);
    expect(e.previous).toBeNull();
    for (const c of e.countries) expect(c.change).toBeNull();
  });
});

describe('hand fixture, edition 2024 (hand calculation above)', () => {
  const expected = {
    AAA: { A: 91, B: 100, INDEX: 94, rank: 1, rankA: 2, rankB: 1, band: 'High', dScore: 58 / 3, dRank: 0 },
    BBB: { A: 72, B: 100, INDEX: 244 / 3, rank: 3, rankA: 4, rankB: 1, band: 'High', dScore: 218 / 9, dRank: -1 },
    CCC: { A: 100, B: 140 / 3, INDEX: 740 / 9, rank: 2, rankA: 1, rankB: 3, band: 'High', dScore: 240 / 9, dRank: 1 },
    DDD: { A: 82, B: 40, INDEX: 68, rank: 4, rankA: 3, rankB: 4, band: 'Medium', dScore: 76 / 3, dRank: 0 },
  };
  for (const [iso3, e] of Object.entries(expected)) {
    it(`buildIndex scores, ranks, bands ${iso3} and gives its change since 2018 as worked out by hand`, () => {
      const c = country(edition(result, 2024), iso3);
      expect(c.scores.A).toBeCloseTo(e.A, P);
      expect(c.scores.B).toBeCloseTo(e.B, P);
      expect(c.scores.INDEX).toBeCloseTo(e.INDEX, P);
      expect(c.ranks.INDEX).toBe(e.rank);
      expect(c.ranks.A).toBe(e.rankA);
      expect(c.ranks.B).toBe(e.rankB);
      expect(c.band).toBe(e.band);
      expect(c.change?.score).toBeCloseTo(e.dScore, P);
      expect(c.change?.rank).toBe(e.dRank);
    });
  }
  it('scope partial lowers AAA a2 half a step, from strong (100) toward fair (70): 85', () => {
    expect(country(edition(result, 2024), 'AAA').scores.a2).toBe(85);
  });
  it('a blank answer (CCC a3) is missing: dropped from A with the remaining weights renormalised, and counted in coverage', () => {
    const c = country(edition(result, 2024), 'CCC');
    expect(c.scores.a3).toBeNull();
    expect(c.ranks.a3).toBeNull();
    expect(c.scores.A).toBe(100);
    expect(c.coverage).toEqual({ answered: 4, missing: 1, na: 0, share: 0.8 });
    expect(c.ranked).toBe(true);
  });
  it('countries with equal dimension scores share the rank and the next rank is skipped (B: 1, 1, 3, 4)', () => {
    const e = edition(result, 2024);
    expect(['AAA', 'BBB', 'CCC', 'DDD'].map((iso3) => country(e, iso3).ranks.B)).toEqual([1, 1, 3, 4]);
  });
  it('countries are listed by index rank', () => {
    expect(edition(result, 2024).countries.map((c) => c.iso3)).toEqual(['AAA', 'CCC', 'BBB', 'DDD']);
    expect(edition(result, 2024).previous).toBe(2018);
  });
  it('each indicator\'s effective weight is the product of its weight shares along its path', () => {
    const w = edition(result, 2024).effectiveWeights;
    expect(w.a1).toBeCloseTo(2 / 15, 12);
    expect(w.a2).toBeCloseTo(6 / 15, 12);
    expect(w.a3).toBeCloseTo(2 / 15, 12);
    expect(w.b1).toBeCloseTo(1 / 9, 12);
    expect(w.b2).toBeCloseTo(2 / 9, 12);
  });
});
