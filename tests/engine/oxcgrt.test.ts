import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionResult } from '../../src/engine/types.js';
import { buildFixture, country } from './fixture.js';

/*
 * OxCGRT's worked example: OxCGRT/covid-policy-tracker, documentation/index_methodology.md
 * ("Index methodology version 3.6, 5 May 2021"), section "Calculating sub-index scores for each
 * indicator". Equation 2:   I_j = 100 · (v_j − 0.5 · (F_j − f_j)) / N_j
 * with N_j the indicator's maximum value, F_j = 1 if it has a flag, f_j the recorded flag (1 =
 * general, 0 = targeted), and F_j − f_j taken as 0 when v_j = 0. Every index is the simple mean of
 * its indicators (equation 1).
 *
 * In our format (tests/fixtures/engine/oxcgrt): scale ordN has codes 0..N scoring 100·v/N; a flag
 * of 0 (targeted) is scope `partial`, a flag of 1 is scope `full`. Our half step, (score + next
 * lower score)/2 = 100·(v − 0.5)/N, is equation 2 because the options are equally spaced; at v = 0
 * there is no lower option and the score stays 0, as OxCGRT's "F_j − f_j treated as 0".
 * The four OxCGRT indices nest, so one hierarchy gives all of them with weights = indicator counts:
 *   INDEX (government response, 16) ← CH (containment and health, 14) ← STR (stringency: C1–C8, H1; 9)
 *                                                                    ← HLT (H2, H3, H6, H7, H8; 5)
 *                                   ← ECO (economic support: E1, E2; 2)
 *
 * Published table → our indicator scores (hand check of the formula):
 *   C1 2,f1 /3 → 66.67   C2 no data → 0.00   C3 2,f0 /2 → 75   C4 2,f0 /4 → 37.5   C5 0 → 0
 *   C6 1,f0 /3 → 16.67   C7 1,f1 /2 → 50     C8 3 /4 → 75      E1 2,f0 /2 → 75     E2 2 /2 → 100
 *   H1 2,f0 /2 → 75      H2 3 /3 → 100       H3 2 /2 → 100     H6 2,f0 /4 → 37.5   H7 2,f1 /5 → 40
 *   H8 2,f1 /3 → 66.67 (published as 66.66: truncated)
 * Indices (sum of scores / k):
 *   stringency   (66.667+0+75+37.5+0+16.667+50+75+75)/9 = 395.833/9 = 43.981   published 43.98
 *   containment  (395.833 + 100+100+37.5+40+66.667)/14 = 740/14 = 52.857      published 52.86
 *   economic     (75+100)/2 = 87.5                                              published 87.50
 *   government   (740 + 175)/16 = 915/16 = 57.1875                              published 57.18
 *     (57.1875 rounds to 57.19; the published 57.18 is truncated, as H8's 66.66)
 *
 * Missing data — where we differ: OxCGRT "make[s] the conservative assumption that an absence of
 * data corresponds to a sub-index score of zero" (C2 above). Our documented rule drops a missing
 * indicator and renormalises the remaining weights. Country AAA codes C2 as 0 (what OxCGRT assumes)
 * and reproduces the published numbers; BBB leaves C2 blank and gets our behaviour:
 *   STR = 395.833/8 = 49.479   HLT = 344.167/5 = 68.833 (as AAA)
 *   CH  = (9·49.479 + 5·68.833)/14 = (445.3125 + 344.1667)/14 = 789.479/14 = 56.391
 *   INDEX = (14·56.391 + 2·87.5)/16 = (789.479 + 175)/16 = 964.479/16 = 60.280
 * (OxCGRT would also report no index at all when fewer than k − 1 indicators are present; one
 * missing indicator out of 16 passes both its rule and our minCoverage 0.5.)
 * BBB also records C5 = 0 with scope partial: the lowest option keeps its score of 0.
 */

// Sums of published sub-index scores, from the hand calculation above.
const STR_SUM = 200 / 3 + 0 + 75 + 37.5 + 0 + 50 / 3 + 50 + 75 + 75; // C1–C8, H1 = 395.833
const HLT_SUM = 100 + 100 + 37.5 + 40 + 200 / 3; // H2, H3, H6, H7, H8 = 344.167
const ECO_SUM = 75 + 100; // E1, E2

let e: EditionResult;
beforeAll(async () => {
  e = (await buildFixture('oxcgrt')).editions[0]!;
});

describe('OxCGRT worked example (index_methodology.md v3.6), reproduced with scope partial = targeted flag', () => {
  it('every sub-index score I_j equals the published table (to its two decimals)', () => {
    const published: Record<string, number> = {
      C1: 66.67, C2: 0, C3: 75, C4: 37.5, C5: 0, C6: 16.67, C7: 50, C8: 75,
      E1: 75, E2: 100, H1: 75, H2: 100, H3: 100, H6: 37.5, H7: 40, H8: 66.66,
    };
    const c = country(e, 'AAA');
    for (const [id, value] of Object.entries(published)) {
      expect(Math.abs(c.scores[id]! - value), id).toBeLessThan(0.01);
    }
  });
  it('the half step is equation 2 exactly: C4 = 100·(2 − 0.5)/4 = 37.5, C6 = 100·(1 − 0.5)/3', () => {
    const c = country(e, 'AAA');
    expect(c.scores.C4).toBe(37.5);
    expect(c.scores.C6).toBeCloseTo((100 * 0.5) / 3, 12);
  });
  it('the stringency, containment and health, economic support and government response indices match the published values', () => {
    const c = country(e, 'AAA');
    expect(c.scores.STR).toBeCloseTo(STR_SUM / 9, 10);
    expect(c.scores.CH).toBeCloseTo((STR_SUM + HLT_SUM) / 14, 10);
    expect(c.scores.ECO).toBe(87.5);
    expect(c.scores.INDEX).toBeCloseTo((STR_SUM + HLT_SUM + ECO_SUM) / 16, 10);
    expect(c.scores.HLT).toBeCloseTo(HLT_SUM / 5, 10);
    expect(Math.abs(c.scores.STR! - 43.98)).toBeLessThan(0.005);
    expect(Math.abs(c.scores.CH! - 52.86)).toBeLessThan(0.005);
    expect(Math.abs(c.scores.INDEX! - 57.18)).toBeLessThan(0.01); // published value truncated
  });
});

describe('OxCGRT worked example with C2 left blank: our rule (drop and renormalise), not OxCGRT\'s missing = 0', () => {
  it('a missing indicator is dropped from the stringency index, which becomes the mean of the other 8 (49.479, not 43.98)', () => {
    const c = country(e, 'BBB');
    expect(c.scores.C2).toBeNull();
    expect(c.scores.STR).toBeCloseTo(STR_SUM / 8, 10);
  });
  it('the dimension weights stay fixed above it: containment and health 56.391, government response 60.280', () => {
    const c = country(e, 'BBB');
    expect(c.scores.CH).toBeCloseTo((9 * (STR_SUM / 8) + HLT_SUM) / 14, 10);
    expect(c.scores.INDEX).toBeCloseTo((9 * (STR_SUM / 8) + HLT_SUM + ECO_SUM) / 16, 10);
    expect(c.coverage).toEqual({ answered: 15, missing: 1, na: 0, share: 15 / 16 });
  });
  it('scope partial on the lowest option (C5 = 0, targeted) keeps the score 0, as OxCGRT\'s I = 0 when v = 0', () => {
    expect(country(e, 'BBB').scores.C5).toBe(0);
  });
});
