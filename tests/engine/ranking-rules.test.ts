import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/build-index.js';
import { loadProject } from '../../src/project.js';
import { buildFixture, country } from './fixture.js';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('ranking rules: coverage of indicators and of dimensions', () => {
  it('ranking.minDimensions: a country is ranked only with at least that share of the index\'s dimensions scored', async () => {
    const { dataset } = await loadProject(ROOT, { today: '2026-11-29' });
    const result = buildIndex(dataset!);
    const latest = result.editions.at(-1)!;
    const top = result.hierarchy.nodes[result.hierarchy.rootId]!.children;
    expect(result.methodology.ranking.minDimensions).toBe(0.8); // 5 of the 6 dimensions
    for (const c of latest.countries) {
      const scored = top.filter((d) => c.scores[d] !== null).length;
      const enoughIndicators = c.coverage.share >= 0.7;
      expect(c.ranked, c.iso3).toBe(enoughIndicators && scored >= 5 && c.scores[result.hierarchy.rootId] !== null);
    }
    // with the rule switched off, countries with enough indicators but 4 dimensions are ranked again
    const lenient = buildIndex(dataset!, { methodology: { ...dataset!.methodology, ranking: { ...dataset!.methodology.ranking, minDimensions: 0 } } });
    const more = lenient.editions.at(-1)!.countries.filter((c) => c.ranked).length;
    expect(more).toBeGreaterThan(latest.countries.filter((c) => c.ranked).length);
  });

  it('aggregate.minCoverageByDepth overrides minCoverage for one level: {"0": 1} leaves the index empty when any dimension is', async () => {
    const { dataset } = await loadProject(ROOT, { today: '2026-11-29', overrides: { aggregate: { minCoverageByDepth: { 0: 1 } } as never } });
    const result = buildIndex(dataset!);
    const top = result.hierarchy.nodes[result.hierarchy.rootId]!.children;
    for (const c of result.editions.at(-1)!.countries) {
      const all = top.every((d) => c.scores[d] !== null);
      expect(c.scores[result.hierarchy.rootId] !== null, c.iso3).toBe(all);
    }
  });
});

describe('ranking.ranksOver: present ranks every country with a value (tests/fixtures/engine/asem)', () => {
  it('NZL and BGD, unranked by coverage, get index ranks 5 and 8 among all eight (scores from numeric_pipelines.py)', async () => {
    const e = (await buildFixture('asem', { ranking: { ranksOver: 'present' } })).editions[0]!;
    const rank = (iso3: string) => country(e, iso3).ranks.INDEX;
    expect(['KOR', 'JPN', 'MNG', 'AUT', 'NZL', 'FRA', 'THA', 'BGD'].map(rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(country(e, 'NZL').ranked).toBe(false);
    expect(country(e, 'NZL').ranks.Social).toBeNull(); // no value, no rank
  });
  it('the default ranks only the ranked countries', async () => {
    const e = (await buildFixture('asem')).editions[0]!;
    expect(country(e, 'NZL').ranks.INDEX).toBeNull();
    expect(country(e, 'FRA').ranks.INDEX).toBe(5);
  });
});
