import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/build-index.js';
import { groupsOf } from '../../src/engine/group-of.js';
import { computeResult } from '../../src/explorer/compute.js';
import type { ExplorerData } from '../../src/explorer/data.js';
import { loadProject } from '../../src/project.js';
import { Methodology } from '../../src/schema/methodology.js';
import { scoringMatrix } from '../../src/engine/scoring-matrix.js';
import { country, fixtureDir, loadFixture } from './fixture.js';

/** Printed by: python3 tests/reference/engine/denominate_reference.py (scenario groupMeanIncome). */
type Scores = Record<string, { Conn: number | null; Social: number | null; INDEX: number | null; rank: number | null }>;
const reference = JSON.parse(readFileSync(new URL('../reference/engine/denominate.json', import.meta.url), 'utf8')) as Record<string, Scores>;

describe('groupsOf', () => {
  it('reads the region, or any own column of countries.csv; a blank cell is null', () => {
    const countries = [{ region: 'Europe', attributes: { income: 'XL' } }, { region: 'Asia', attributes: {} }, { region: null }];
    expect(groupsOf(countries, 'region')).toEqual(['Europe', 'Asia', null]);
    expect(groupsOf(countries, 'income')).toEqual(['XL', null, null]);
  });
});

describe('group imputation by any column of countries.csv (tests/fixtures/engine/asem-denominated)', () => {
  const methodology = Methodology.parse({ imputation: { method: 'groupMean', group: 'income' } });

  it("BGD's blank tert_grad takes the mean of its income group S (MNG, THA), as the python reference", async () => {
    const e = buildIndex(await loadFixture('asem-denominated'), { methodology }).editions[0]!;
    for (const [iso3, want] of Object.entries(reference.groupMeanIncome!)) {
      expect(country(e, iso3).scores.INDEX, iso3).toBeCloseTo(want.INDEX!, 9);
      expect(country(e, iso3).ranks.INDEX, iso3).toBe(want.rank);
    }
    expect(country(e, 'BGD').imputed).toEqual(['tert_grad']);
  });

  it('grouping by region instead gives another value (the groups differ: BGD is in Asia with 5 others)', async () => {
    const e = buildIndex(await loadFixture('asem-denominated'), { methodology: Methodology.parse({ imputation: { method: 'groupMean', group: 'region' } }) }).editions[0]!;
    expect(country(e, 'BGD').scores.INDEX).not.toBeCloseTo(reference.groupMeanIncome!.BGD!.INDEX!, 6);
  });

  it('the explorer scores with the group column it ships and gives the published result', async () => {
    const dataset = await loadFixture('asem-denominated');
    const result = buildIndex(dataset, { methodology });
    const matrix = scoringMatrix(dataset, 2018, methodology);
    const data = {
      edition: 2018, editions: [2018], dimensions: dataset.dimensions, indicators: dataset.indicators, scales: dataset.scales, methodology,
      countries: dataset.countries.map((c) => ({ iso3: c.iso3, name: c.name, region: c.region, attributes: { income: c.attributes!.income! } })),
      values: matrix.values.map((row) => row.map((v) => (v === undefined ? 'na' : v))),
    } as unknown as ExplorerData;
    const mine = computeResult(data, null);
    expect(mine.countries.map((c) => [c.iso3, c.scores.INDEX])).toEqual(result.editions[0]!.countries.map((c) => [c.iso3, c.scores.INDEX]));
  });

  it('a group column that is not in countries.csv is an error with a suggestion', async () => {
    const { dataset, problems } = await loadProject(fixtureDir('asem-denominated'), { today: '2025-01-01', overrides: { imputation: { method: 'groupMean', group: 'incme' } } });
    expect(dataset).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      'methodology imputation.group "incme" is not a column of countries/countries.csv (expected region or one of its own columns: population, gdp, income); did you mean "income"?',
    ]);
  });
});
