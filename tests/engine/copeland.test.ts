import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregate, copeland } from '../../src/engine/aggregate/index.js';
import { aggregateCountries } from '../../src/engine/aggregate-tree.js';
import { buildIndex } from '../../src/engine/build-index.js';
import { buildHierarchy } from '../../src/engine/hierarchy.js';
import { likeForLike } from '../../src/engine/like-for-like.js';
import { engineText } from '../../src/messages/engine.js';
import { Methodology } from '../../src/schema/methodology.js';
import { country, loadFixture } from './fixture.js';

/** Printed by: python3 tests/reference/engine/copeland_reference.py (exact fractions, outranking-matrix formulation). */
const reference = JSON.parse(readFileSync(new URL('../reference/engine/copeland.json', import.meta.url), 'utf8')) as {
  hand: { rows: (number | null)[][]; weights: number[]; scores: number[] };
  asem: Record<string, Record<'Instit' | 'Social' | 'INDEX', number | null>>;
};

describe('copeland (weighted pairwise outranking: wins − losses)', () => {
  it("COINr's own test of a_copeland: units (1,3,2), (2,2,3), (3,1,1), (4,5,4) score −1, 1, −3, 3 (by hand: 2 beats 1 on two of three, 1 beats 3, 4 beats all)", () => {
    expect(copeland([[1, 3, 2], [2, 2, 3], [3, 1, 1], [4, 5, 4]], [1, 1, 1])).toEqual([-1, 1, -3, 3]);
  });

  it('ties, missing values and weights: the python reference (unit 0 vs 5 balance 1 against 1; unit 3 shares no child with 0 or 5; a tie in a child counts for neither)', () => {
    expect(copeland(reference.hand.rows, reference.hand.weights)).toEqual(reference.hand.scores);
  });

  it('a child missing for either unit is left out of that pair: (5, null) vs (1, 9) is decided by the first child alone', () => {
    expect(copeland([[5, null], [1, 9]], [1, 100])).toEqual([1, -1]);
  });

  it('weights that balance up to rounding are a tie: 0.1 + 0.2 against 0.3', () => {
    expect(copeland([[1, 1, 0], [0, 0, 1]], [0.1, 0.2, 0.3])).toEqual([0, 0]);
  });

  it('only the order within a child matters (monotone transforms change nothing) and the scores sum to 0', () => {
    const rows = [[1, 10], [2, 30], [3, 20]];
    const s = copeland(rows, [1, 1]);
    expect(copeland(rows.map(([a, b]) => [Math.exp(a!), Math.log(b!)]), [1, 1])).toEqual(s);
    expect(s.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('one unit alone and no unit give 0 and nothing', () => {
    expect(copeland([[3, 4]], [1, 1])).toEqual([0]);
    expect(copeland([], [1, 1])).toEqual([]);
  });

  it('aggregate() of one country by copeland throws the catalogue message (it needs the other countries)', () => {
    expect(() => aggregate([1, 2], [1, 1], { method: 'copeland' })).toThrow(engineText.copelandOneUnit());
  });
});

describe('copeland in buildIndex on the ASEM slice (reference: tests/reference/engine/copeland_reference.py)', () => {
  it('copeland at every level, with missing cells and a missing pillar (NZL Social), matches the python reference', async () => {
    const dataset = await loadFixture('asem');
    const methodology = Methodology.parse({ aggregate: { default: { method: 'copeland' } } });
    const e = buildIndex(dataset, { methodology }).editions[0]!;
    for (const [iso3, want] of Object.entries(reference.asem)) {
      for (const node of ['Instit', 'Social', 'INDEX'] as const) expect(country(e, iso3).scores[node], `${iso3} ${node}`).toBe(want[node]);
    }
    expect(country(e, 'JPN').ranks.INDEX).toBe(1);
  });

  it('aggregateCountries gives a node aggregated by copeland nothing for a country below minCoverage, and compares the rest', () => {
    const h = buildHierarchy([{ id: 'D', name: 'D', parent: null, weight: 1 }] as never, [
      { id: 'a', dimension: 'D', weight: 1 }, { id: 'b', dimension: 'D', weight: 1 },
    ] as never);
    const agg = Methodology.parse({ aggregate: { default: { method: 'copeland' }, minCoverage: 0.6 } }).aggregate;
    const out = aggregateCountries([{ a: 1, b: 1 }, { a: 2, b: null }, { a: 0, b: 0 }], h, agg);
    expect(out.map((r) => r.D)).toEqual([1, null, -1]);
  });

  it('like for like has no value under copeland (each country would be compared on its own common answers)', () => {
    const h = buildHierarchy([{ id: 'D', name: 'D', parent: null, weight: 1 }] as never, [{ id: 'a', dimension: 'D', weight: 1 }] as never);
    const agg = Methodology.parse({ aggregate: { default: { method: 'copeland' } } }).aggregate;
    expect(likeForLike(h, agg, { scores: { a: 2 }, row: [2] }, { scores: { a: 1 }, row: [1] })).toEqual({ score: null, compared: 1, applicable: 1 });
  });
});
