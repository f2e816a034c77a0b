import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/build-index.js';
import { languages } from '../../src/messages/languages.js';
import { scorecard } from '../../src/report/model/scorecard.js';
import { rankMove } from '../../src/report/pages/rank-move.js';
import { rankText } from '../../src/report/pages/rank-text.js';
import { answer, code, dataset, dim, ind, scale } from '../engine/make.js';

/*
 * Two dimensions; yn: no 0 · partly 50 · yes 100. AAA and BBB answer identically (a tie for 1st);
 * CCC leaves `ban` blank and answers "no" to `mon`. Priorities: ban 1, mon 2, atd blank.
 */
const yn = scale('yn', [0, 50, 100]);
const ds = dataset({
  dimensions: [dim('LAW'), dim('PRA')],
  indicators: [
    ind('atd', 'PRA', { scale: 'yn', recommendation: 'Use alternatives.' }),
    ind('mon', 'PRA', { scale: 'yn', recommendation: 'Open detention to monitors.', priority: 2 }),
    ind('ban', 'LAW', { scale: 'yn', recommendation: 'Ban child detention.', priority: 1 }),
    ind('law', 'LAW', { scale: 'yn' }),
  ],
  scales: { yn },
  countries: [{ iso3: 'AAA' }, { iso3: 'BBB' }, { iso3: 'CCC' }],
  answers: [
    ...['AAA', 'BBB'].flatMap((c) => [answer(c, 'atd', 2024, code(yn, 0)), answer(c, 'mon', 2024, code(yn, 1)), answer(c, 'ban', 2024, code(yn, 1)), answer(c, 'law', 2024, code(yn, 2))]),
    answer('CCC', 'atd', 2024, code(yn, 0)), answer('CCC', 'mon', 2024, code(yn, 0)), answer('CCC', 'ban', 2024, { kind: 'missing' }), answer('CCC', 'law', 2024, code(yn, 0)),
  ],
  methodology: { ranking: { minCoverage: 0.5 } },
});
const result = buildIndex(ds);
const edition = result.editions[0]!;

describe('recommendations: the framework\'s priority tiers, and never "unmet" on a blank answer', () => {
  it('orders unmet recommendations by tier (ban 1, mon 2, then the untiered atd) whatever points they would add', () => {
    const card = scorecard(ds, result, edition, 'AAA');
    expect(card.recommendations.map((r) => [r.id, r.priority])).toEqual([['ban', 1], ['mon', 2], ['atd', null]]);
  });
  it('a blank answer gives no recommendation: it is listed as missing evidence', () => {
    const card = scorecard(ds, result, edition, 'CCC');
    expect(card.recommendations.map((r) => r.id)).toEqual(['mon', 'atd']);
    expect(card.evidenceMissing).toEqual([{ id: 'ban', name: 'ban' }]);
  });
});

describe('rank in words: ties and the number ranked', () => {
  it('says "joint 1st of 3" for two countries with the same score, and "rank 3 of 3" otherwise', () => {
    const en = languages.en!.strings;
    expect(rankText(scorecard(ds, result, edition, 'AAA'), en, 'en')).toBe('joint 1st of 3');
    expect(rankText(scorecard(ds, result, edition, 'CCC'), en, 'en')).toBe('rank 3 of 3');
    expect(rankText(scorecard(ds, result, edition, 'CCC', [2, 3]), en, 'en')).toBe('rank 3 of 3, plausibly 2–3');
    expect(rankText(scorecard(ds, result, edition, 'AAA', [1, 1]), en, 'en')).toBe('joint 1st of 3 under every alternative tested');
  });
  it('in every language (snapshot)', () => {
    const out = Object.entries(languages).map(([code, l]) => [code,
      rankText(scorecard(ds, result, edition, 'AAA', [1, 2]), l.strings, l.locale),
      rankText(scorecard(ds, result, edition, 'CCC', [2, 3]), l.strings, l.locale)]);
    expect(out).toMatchSnapshot();
  });
});

describe('rank moves in words, with an arrow', () => {
  it('says "up 3 places" / "down 10 places" / "down 1 place" / "same place"; never "+3" or "rank change 3"', () => {
    const en = languages.en!.strings;
    expect([3, -10, -1, 1, 0, null].map((d) => rankMove(en, d))).toEqual(['↑ up 3 places', '↓ down 10 places', '↓ down 1 place', '↑ up 1 place', '→ same place', '–']);
  });
  it('in every language (snapshot)', () => {
    expect(Object.entries(languages).map(([code, l]) => [code, ...[3, 1, 0, -1, -10].map((d) => rankMove(l.strings, d))])).toMatchSnapshot();
  });
});
