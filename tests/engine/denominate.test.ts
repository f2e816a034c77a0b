import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/build-index.js';
import { denominate } from '../../src/engine/denominate.js';
import { screenMatrix } from '../../src/engine/screen.js';
import { runSensitivity } from '../../src/analysis/sensitivity/run.js';
import { loadProject } from '../../src/project.js';
import { Methodology, Screening } from '../../src/schema/methodology.js';
import { country, fixtureDir, loadFixture } from './fixture.js';

/*
 * tests/fixtures/engine/asem-denominated (written by tests/reference/engine/make_asem_denominated_fixture.py):
 * 8 ASEM countries; flights ÷ population, goods and services ÷ gdp × 1000 (countries.csv columns),
 * tert_grad raw (blank for BGD). Expected scores printed by
 * tests/reference/engine/denominate_reference.py (python3 stdlib, from the formulas).
 */
type Scores = Record<string, { Conn: number | null; Social: number | null; INDEX: number | null; rank: number | null }>;
const reference = JSON.parse(readFileSync(new URL('../reference/engine/denominate.json', import.meta.url), 'utf8')) as Record<string, Scores>;

async function expectScores(methodology: Methodology, want: Scores, present: readonly string[] = Object.keys(want)): Promise<void> {
  const e = buildIndex(await loadFixture('asem-denominated'), { methodology }).editions[0]!;
  expect(e.countries.map((c) => c.iso3).sort()).toEqual([...present].sort());
  for (const [iso3, x] of Object.entries(want)) {
    const c = country(e, iso3);
    for (const node of ['Conn', 'Social', 'INDEX'] as const) {
      if (x[node] === null) expect(c.scores[node], `${iso3} ${node}`).toBeNull();
      else expect(c.scores[node], `${iso3} ${node}`).toBeCloseTo(x[node]!, 9);
    }
    expect(c.ranks.INDEX, `${iso3} rank`).toBe(x.rank);
  }
}

/** A copy of the fixture in a temporary folder with some files replaced, loaded. */
async function loadEdited(edits: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'pi-denominated-'));
  cpSync(fixtureDir('asem-denominated'), dir, { recursive: true });
  for (const [path, text] of Object.entries(edits)) writeFileSync(join(dir, path), text);
  return loadProject(dir, { today: '2025-01-01' });
}
const countriesCsv = () => readFileSync(join(fixtureDir('asem-denominated'), 'countries/countries.csv'), 'utf8');
const indicatorsCsv = () => readFileSync(join(fixtureDir('asem-denominated'), 'indicators/indicators.csv'), 'utf8');

describe('denominate', () => {
  const matrix = { edition: 2018, countries: ['AUT', 'NZL'], indicators: ['flights', 'tert'], values: [[29, 13], [null, undefined]] };
  const indicators = [{ id: 'flights', denominator: 'population', denominator_scale: 1000 }, { id: 'tert', denominator: null, denominator_scale: null }];
  it('x / d × scale for a denominated indicator, others untouched: 29 / 8735 × 1000 = 3.31997… (by hand)', () => {
    const out = denominate(matrix, indicators, [{ iso3: 'AUT', attributes: { population: '8735' } }, { iso3: 'NZL', attributes: { population: '4705' } }]);
    expect(out.values[0]![0]).toBeCloseTo(3.3199771036061822, 12);
    expect(out.values[0]![1]).toBe(13);
    expect(out.values[1]).toEqual([null, undefined]);
  });
  it('a country without a value in the column gets no value (null), as COINr gives NA', () => {
    const out = denominate(matrix, indicators, [{ iso3: 'AUT' }, { iso3: 'NZL' }]);
    expect(out.values[0]).toEqual([null, 13]);
  });
  it('no denominator anywhere returns the matrix itself, and nothing mutates the input', () => {
    const none = indicators.map((i) => ({ ...i, denominator: null }));
    expect(denominate(matrix, none, [])).toBe(matrix);
    denominate(matrix, indicators, [{ iso3: 'AUT', attributes: { population: '1' } }]);
    expect(matrix.values[0]).toEqual([29, 13]);
  });
});

describe('screenMatrix', () => {
  const matrix = {
    edition: 2018, countries: ['A', 'B', 'C', 'D'], indicators: ['x', 'y', 'z', 'w'],
    values: [[1, 2, 3, 4], [null, null, 3, undefined], [0, 0, 0, 5], [null, 1, 2, 3]],
    carried: [[false, false, false, false], [false, false, false, false], [false, false, false, false], [false, true, false, false]],
  };
  const screen = (s: Partial<Screening>) => screenMatrix(matrix, Screening.parse(s));
  it('minShare: B answers 1 of its 3 applicable (the na cell counts in neither), D 2 of 4 (a carried cell is not an answer)', () => {
    const r = screen({ minShare: 0.6 });
    expect(r.screened).toEqual([
      { iso3: 'B', reason: 'availability', share: 1 / 3, zeroShare: 0 },
      { iso3: 'D', reason: 'availability', share: 0.5, zeroShare: 0 },
    ]);
    expect(r.matrix.countries).toEqual(['A', 'C']);
    expect(r.matrix.values).toEqual([matrix.values[0], matrix.values[2]]);
    expect(r.matrix.carried).toEqual([matrix.carried[0], matrix.carried[2]]);
  });
  it('maxZeroShare: C answers 0 to 3 of 4 (0.75 > 0.5)', () => {
    expect(screen({ maxZeroShare: 0.5 }).screened.map((s) => [s.iso3, s.reason, s.zeroShare])).toEqual([['C', 'zeros', 0.75]]);
  });
  it('include keeps a country whatever its data; exclude leaves one out whatever its data', () => {
    expect(screen({ minShare: 0.6, include: ['B'], exclude: ['A'] }).screened.map((s) => [s.iso3, s.reason])).toEqual([['A', 'excluded'], ['D', 'availability']]);
  });
  it('the default screening leaves every country in and returns the matrix itself', () => {
    const r = screen({});
    expect(r.screened).toEqual([]);
    expect(r.matrix).toBe(matrix);
  });
});

describe('denomination and screening in buildIndex (reference: tests/reference/engine/denominate_reference.py)', () => {
  it('denominated by default: per-capita flights and trade per GDP, min-max, arithmetic', async () => {
    await expectScores(Methodology.parse({}), reference.denominated!);
  });
  it('methodology denominate: false scores the raw answers', async () => {
    await expectScores(Methodology.parse({ denominate: false }), reference.raw!);
  });
  it('screen.minShare 0.8 leaves BGD (3 of 4 answered) out before normalisation, and the edition reports it', async () => {
    const methodology = Methodology.parse({ screen: { minShare: 0.8 } });
    await expectScores(methodology, reference.screened!);
    const e = buildIndex(await loadFixture('asem-denominated'), { methodology }).editions[0]!;
    expect(e.screened).toEqual([{ iso3: 'BGD', name: 'Bangladesh', reason: 'availability', share: 0.75, zeroShare: 0 }]);
  });
  it('the sensitivity analysis compiles the screened and denominated matrix: BGD takes no part, the nominal ranks are buildIndex\'s', async () => {
    const methodology = Methodology.parse({ screen: { minShare: 0.8 } });
    const r = runSensitivity(await loadFixture('asem-denominated'), { ...methodology.sensitivity, runs: 20 }, { methodology });
    const ranks = Object.fromEntries(Object.entries(reference.screened!).map(([k, v]) => [k, v.rank]));
    expect(Object.fromEntries(r.countries.map((c) => [c.iso3, c.nominal]))).toEqual(ranks);
  });
  it('screen.include keeps BGD in despite minShare', async () => {
    await expectScores(Methodology.parse({ screen: { minShare: 0.8, include: ['BGD'] } }), reference.denominated!);
  });
});

describe('validation of denominators and screening', () => {
  it("countries.csv's own columns load without a warning and become each country's attributes", async () => {
    const { dataset, problems } = await loadEdited({});
    expect(problems).toEqual([]);
    expect(dataset!.countries.find((c) => c.iso3 === 'MNG')!.attributes).toEqual({ population: '3075.6469999999999', gdp: '11.160356685340401', income: 'S' });
  });
  it('a near miss of a documented column is still reported ("regoin")', async () => {
    const { problems } = await loadEdited({ 'countries/countries.csv': countriesCsv().replace('region', 'regoin') });
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('unknown column "regoin" is ignored'));
  });
  it('a denominator that is not a column of countries.csv is an error with a suggestion', async () => {
    const { dataset, problems } = await loadEdited({ 'indicators/indicators.csv': indicatorsCsv().replace(',population,', ',populaton,') });
    expect(dataset).toBeNull();
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'indicators/indicators.csv:2: denominator "populaton" is not a column of countries/countries.csv (expected one of its own columns: population, gdp, income); did you mean "population"?',
    ]);
  });
  it('a denominator_scale without a denominator, and a denominator on a categorical indicator, are errors', async () => {
    const text = `${indicatorsCsv().replace('tert_grad,Social,Tertiary graduates,numeric,higher,1,ASEM TertGrad (Percent),,', 'tert_grad,Social,Tertiary graduates,numeric,higher,1,ASEM TertGrad (Percent),,100')}`;
    const { problems } = await loadEdited({ 'indicators/indicators.csv': text });
    expect(problems.map((p) => p.message)).toEqual(['denominator_scale is "100" but denominator is blank (name the countries/countries.csv column to divide by, or clear denominator_scale)']);
  });
  it('a zero, a word or a blank in a denominator column: errors name the country and the indicators; a blank is a warning', async () => {
    const text = countriesCsv().replace('MNG,Mongolia,Asia,3075.6469999999999', 'MNG,Mongolia,Asia,0').replace('NZL,New Zealand,Asia,4705.8180000000002', 'NZL,New Zealand,Asia,unknown')
      .replace('THA,Thailand,Asia,69037.513000000006', 'THA,Thailand,Asia,');
    const { dataset, problems } = await loadEdited({ 'countries/countries.csv': text });
    expect(dataset).toBeNull();
    expect(problems.map((p) => `${p.severity} ${p.line} ${p.column}: ${p.message}`)).toEqual([
      'error 7 population: population of MNG is 0, and flights is divided by it (expected a number other than 0; leave the cell blank if it is not known)',
      'error 8 population: population of NZL is "unknown", and flights is divided by it (expected a number such as 8735.45; leave the cell blank if it is not known)',
      'warning 9 population: population of THA is blank, so its flights (divided by population) has no value (fill in population to score it)',
    ]);
  });
  it('screen.include / exclude must name countries of countries.csv, never the same one twice', async () => {
    const { problems } = await loadEdited({ 'indicators/methodology.json': '{"screen": {"include": ["BGD", "NZ"], "exclude": ["BGD"]}}' });
    expect(problems.map((p) => p.message)).toEqual([
      'methodology lists "BGD" in both screen.include and screen.exclude (expected at most one: include keeps a country whatever its data, exclude leaves it out)',
      'methodology screen.include names unknown country "NZ" (expected an iso3 of countries/countries.csv); did you mean "NZL"?',
    ]);
  });
});
