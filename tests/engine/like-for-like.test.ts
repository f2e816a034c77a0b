import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/build-index.js';
import type { IndexResult } from '../../src/engine/types.js';
import { buildFixture, country, edition, loadFixture } from './fixture.js';

/*
 * tests/fixtures/engine/hand (its calculation is in hand.test.ts). CCC answered a3 "no" in 2018
 * and left it blank in 2024; every other answer of CCC is present in both editions.
 *
 * Headline change: I₂₀₂₄ − I₂₀₁₈ = 740/9 − 500/9 = 240/9 = 26.667 (a3 counts in 2018 only).
 * Like for like, on a1 a2 b1 b2 only (a3 treated as blank in both):
 *   2024  A = (100 + 3·100)/4 = 100        B = (0 + 2·70)/3 = 140/3   I = (200 + 140/3)/3 = 740/9
 *   2018  A = (50 + 3·100)/4 = 87.5        B = (0 + 2·40)/3 = 80/3    I = (175 + 80/3)/3 = 605/9
 *   change 740/9 − 605/9 = 135/9 = 15, on 4 of 5 indicators
 * AAA answered all five in both: like for like = headline = 58/3, 5 of 5.
 * DDD: b1 is not applicable in both: like for like = headline = 76/3, 4 of 4.
 */
let result: IndexResult;
beforeAll(async () => {
  result = await buildFixture('hand');
});

describe('change since the previous edition, like for like (hand calculation above)', () => {
  it('CCC: a blank answer in 2024 is left out of both editions, giving +15.0 on 4 of 5 indicators against +26.7 headline', () => {
    const c = country(edition(result, 2024), 'CCC');
    expect(c.change?.score).toBeCloseTo(240 / 9, 10);
    expect(c.change?.likeForLike.score).toBeCloseTo(15, 10);
    expect(c.change?.likeForLike).toMatchObject({ compared: 4, applicable: 5 });
  });
  it('AAA: answered everything in both editions, so like for like equals the headline change', () => {
    const c = country(edition(result, 2024), 'AAA');
    expect(c.change?.likeForLike.score).toBeCloseTo(58 / 3, 10);
    expect(c.change?.likeForLike).toMatchObject({ compared: 5, applicable: 5 });
  });
  it('DDD: a not-applicable indicator counts neither as compared nor as applicable', () => {
    const c = country(edition(result, 2024), 'DDD');
    expect(c.change?.likeForLike.score).toBeCloseTo(76 / 3, 10);
    expect(c.change?.likeForLike).toMatchObject({ compared: 4, applicable: 4 });
  });
  it('nodeCoverage counts the answered and applicable indicators under the index and each dimension', () => {
    const c = country(edition(result, 2024), 'CCC');
    expect(c.nodeCoverage).toEqual({ INDEX: { answered: 4, applicable: 5 }, A: { answered: 2, applicable: 3 }, B: { answered: 2, applicable: 2 } });
  });
});

describe('carry-forward of the previous edition\'s answer (methodology carryForward)', () => {
  it('is off by default: CCC\'s blank a3 stays blank', () => {
    expect(country(edition(result, 2024), 'CCC').carried).toEqual([]);
  });
  it('when on, CCC\'s blank a3 takes its 2018 answer (no = 0): A = (100 + 300 + 0)/5 = 80, I = (160 + 140/3)/3 = 620/9, flagged and still counted as missing', async () => {
    const ds = await loadFixture('hand', { carryForward: true });
    const c = country(edition(buildIndex(ds), 2024), 'CCC');
    expect(c.carried).toEqual(['a3']);
    expect(c.scores.a3).toBe(0);
    expect(c.scores.A).toBeCloseTo(80, 10);
    expect(c.scores.INDEX).toBeCloseTo(620 / 9, 10);
    expect(c.coverage).toEqual({ answered: 4, missing: 1, na: 0, share: 0.8 });
    // a carried answer is not evidence: like for like still compares the 4 indicators answered in both
    expect(c.change?.likeForLike).toMatchObject({ compared: 4 });
    expect(c.change?.likeForLike.score).toBeCloseTo(15, 10);
  });
});

describe('imputation "lowest": a blank read as the worst answer the indicator allows', () => {
  it('fills CCC\'s blank a3 with its scale\'s lowest score (yn3: no = 0), as carry-forward of "no" did', async () => {
    const ds = await loadFixture('hand', { imputation: { method: 'lowest' } });
    const c = country(edition(buildIndex(ds), 2024), 'CCC');
    expect(c.imputed).toEqual(['a3']);
    expect(c.scores.a3).toBe(0);
    expect(c.scores.INDEX).toBeCloseTo(620 / 9, 10);
  });
});
