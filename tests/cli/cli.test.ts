/**
 * The command line, run in-process through main(argv, io) on tests/fixtures/good/minimal: results
 * on stdout, diagnostics on stderr, exit 0 ok / 1 bad data / 2 bad usage, usage text from the
 * catalogue in src/messages/cli.ts.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliText, usage } from '../../src/messages/cli.js';
import { cleanup, fixture, hashTree, leaksStack, lines, run, tempCopy, tempDir, TODAY } from './helpers.js';

const minimal = fixture('good/minimal');
const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await cleanup(d);
});
const copy = async (rel = 'good/minimal') => {
  const d = await tempCopy(rel);
  temps.push(d);
  return d;
};

/**
 * The 2024 ranking of good/minimal, by hand: min-max of children_detained over the 2024 values
 * (MEX 40, ECU 0; lower is better) gives ECU 100, MEX 0; MEX's "yes" with partial scope drops half
 * a step to 75; LAW weighs 2, PRA 1.
 *   ECU: LAW (2·100 + 100)/3 = 100,   PRA (50 + 100)/2 = 75,  index (2·100 + 75)/3 = 91.7
 *   MEX: LAW (2·100 + 0)/3 = 66.7,    PRA (75 + 0)/2 = 37.5,  index (2·66.7 + 37.5)/3 = 56.9
 *   COL: LAW (2·0 + 50)/3 = 16.7,     PRA 100 (children_detained blank; 1 of 2 ≥ min coverage 0.5),
 *        index (2·16.7 + 100)/3 = 44.4, coverage 3 of 4 = 75 %
 * Change since 2018, e.g. ECU 2018: LAW (2·100 + 50)/3 = 83.3, PRA 0 (children_detained na),
 * index 55.6, change 36.1.
 */
const RANKING_CSV = [
  'rank,iso3,country,score,band,coverage,change,change_like,compared,rank_change,LAW,PRA',
  '1,ECU,Ecuador,91.7,Advanced,100,36.1,27.8,3,0,100,75',
  '2,MEX,Mexico,56.9,Partial,100,48.6,48.6,4,1,66.7,37.5',
  '3,COL,Colombia,44.4,Partial,75,19.4,27.8,3,-1,16.7,100',
];

describe('policy-index validate', () => {
  it('validate on a good project prints the summary on stdout, the count line on stderr, exits 0', async () => {
    const r = await run(['validate', minimal, '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(lines(r.out)).toEqual([cliText.validateOk(3, 4, 22, [2018, 2024])]);
    expect(lines(r.err)).toEqual(['0 error(s), 0 warning(s)']);
  });

  it('validate takes DIR relative to the working folder', async () => {
    const r = await run(['validate', 'minimal', '--today', TODAY], fixture('good'));
    expect(r.code).toBe(0);
  });

  it('validate --quiet prints only the count line on stderr', async () => {
    const r = await run(['validate', fixture('bad/zero-weight'), '--quiet', '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual(['1 error(s), 0 warning(s)']);
    expect(r.out).toBe('');
  });

  it('validate on a bad project lists problems on stderr, nothing on stdout, exits 1', async () => {
    const r = await run(['validate', fixture('bad/code-outside-scale'), '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(lines(r.err)[0]).toMatch(/^countries\/MEX\.csv:6: \[answer\] answer "yess"/);
  });

  it('validate on a folder that is not a project says which files are missing and exits 1', async () => {
    const dir = await tempDir();
    temps.push(dir);
    const r = await run(['validate', dir, '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([
      'countries/countries.csv: file not found (expected countries/countries.csv with columns iso3,name)',
      'indicators/dimensions.csv: file not found (expected indicators/dimensions.csv with columns id,name,parent)',
      'indicators/indicators.csv: file not found (expected indicators/indicators.csv with columns id,dimension,name,type)',
      '3 error(s), 0 warning(s)',
    ]);
    expect(leaksStack(r.err)).toBe(false);
  });

  it('validate --today moves the "future" line: a 2025-06 source is fine on 2025-07-01', async () => {
    const r = await run(['validate', fixture('bad/source-date-in-future'), '--today', '2025-07-01']);
    expect(r.code).toBe(0);
  });

  it('validate --today with a value that is not a date is bad usage (exit 2)', async () => {
    const r = await run(['validate', minimal, '--today', 'tomorrow']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--today "tomorrow"');
  });
});

describe('policy-index score', () => {
  it('score --set changes any methodology setting by its path, and a misspelt path is bad usage', async () => {
    const nominal = await run(['score', minimal, '--format', 'json']);
    const lenient = await run(['score', minimal, '--format', 'json', '--set', 'partialScope=ignore', '--set', 'ranking.minCoverage=0']);
    expect(lenient.code).toBe(0);
    expect(lenient.out).not.toEqual(nominal.out);
    const bad = await run(['score', minimal, '--set', 'rankng.minCoverage=0']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('methodology setting rankng: unknown setting');
    expect(bad.err).toContain('did you mean "ranking"?');
    const malformed = await run(['score', minimal, '--set', 'nothing']);
    expect(malformed.code).toBe(2);
    expect(malformed.err).toContain('--set "nothing" is not PATH=VALUE');
  });

  it('score --format csv prints the hand-calculated ranking (see RANKING_CSV)', async () => {
    const r = await run(['score', minimal, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(lines(r.out)).toEqual(RANKING_CSV);
    expect(r.err).toBe('');
  });

  it('score --format json prints one object per country with unrounded scores', async () => {
    const r = await run(['score', minimal, '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows.map((x) => [x.rank, x.iso3, x.band])).toEqual([[1, 'ECU', 'Advanced'], [2, 'MEX', 'Partial'], [3, 'COL', 'Partial']]);
    expect(rows[0]!.score).toBeCloseTo(275 / 3, 10);
    expect(rows[1]!.PRA).toBe(37.5);
  });

  it('score --format md prints a Markdown table with dimension names', async () => {
    const r = await run(['score', minimal, '--format', 'md']);
    expect(r.code).toBe(0);
    const out = lines(r.out);
    expect(out).toContain('| Rank | Code | Country | Score | Band | Coverage | Change | Like for like | Compared | Rank change | Legal framework | Practice |');
    expect(out).toContain('| 1 | ECU | Ecuador | 91.7 | Advanced | 100 | +36.1 | +27.8 | 3/4 | → same place | 100.0 | 75.0 |');
    expect(out).toContain('| 3 | COL | Colombia | 44.4† | Partial | 75 | +19.4 | +27.8 | 3/4 | ↓ down 1 place | 16.7 | 100.0† |');
  });

  it('score --format table (the default) prints aligned columns without colour when stdout is not a terminal', async () => {
    const r = await run(['score', minimal]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\u001b[');
    expect(lines(r.out)).toContain('   1  ECU   Ecuador    91.7  Advanced       100   +36.1          +27.8       3/4  → same place    100.0    75.0');
    expect(lines(r.out)).toContain('   2  MEX   Mexico     56.9  Partial        100   +48.6          +48.6       4/4  ↑ up 1 place     66.7    37.5');
    expect((await run(['score', minimal, '--format', 'table'])).out).toBe(r.out);
  });

  it('score --edition 2018 ranks the older edition', async () => {
    const r = await run(['score', minimal, '--edition', '2018', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(lines(r.out)[1]).toMatch(/^1,ECU,Ecuador,55\.6,/);
  });

  it('score neutralises spreadsheet formulas in CSV output (good/formula-prefixes)', async () => {
    const dir = fixture('good/formula-prefixes');
    expect((await run(['validate', dir, '--today', TODAY])).code).toBe(0); // formulas are text: accepted
    const r = await run(['score', dir, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(lines(r.out).slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      "1,ECU,'@Ecuador",
      "2,MEX,'+Mexico",
      '3,COL,"\'=HYPERLINK(""https://evil.example""',
    ]);
    for (const line of lines(r.out)) for (const field of line.split(',')) expect(field).not.toMatch(/^"?[=+@]/);
  });
});

describe('policy-index coverage', () => {
  it('coverage --by country --format csv counts answered, missing and n/a per country', async () => {
    const r = await run(['coverage', minimal, '--by', 'country', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(lines(r.out)).toEqual([
      'iso3,country,answered,missing,na,coverage',
      'COL,Colombia,3,1,0,75',
      'ECU,Ecuador,4,0,0,100',
      'MEX,Mexico,4,0,0,100',
    ]);
    expect(r.err).toBe('');
  });

  it('coverage --edition 2018 counts the na answer as not applicable', async () => {
    const r = await run(['coverage', minimal, '--edition', '2018', '--by', 'indicator', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows.find((x) => Object.values(x).includes('children_detained'))).toMatchObject({ answered: 2, missing: 0, na: 1 });
  });

  it('coverage (table) prints the three views and the oldest sources', async () => {
    const r = await run(['coverage', minimal]);
    expect(r.code).toBe(0);
    for (const title of ['Coverage by country, 2024 edition', 'Coverage by dimension, 2024 edition', 'Coverage by indicator, 2024 edition', 'Oldest sources, 2024 edition']) {
      expect(lines(r.out)).toContain(title);
    }
  });

  it('coverage --format csv neutralises a formula in a source title', async () => {
    const r = await run(['coverage', fixture('good/formula-prefixes'), '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out).toContain("'=1+1 Diario Oficial");
    expect(r.out).not.toMatch(/(^|,)=1\+1/m);
  });
});

describe('policy-index schema', () => {
  it('schema prints the JSON Schema of every file format on stdout', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    const schemas = JSON.parse(r.out) as Record<string, { properties?: Record<string, unknown> }>;
    expect(Object.keys(schemas).sort()).toEqual(['answer-cues.csv', 'countries.csv', 'country-answers.csv', 'dimensions.csv', 'evidence-rules.csv', 'indicators.csv', 'methodology.json', 'scales.csv', 'source-kinds.csv']);
    expect(Object.keys(schemas['country-answers.csv']!.properties ?? {})).toEqual(['indicator', 'edition', 'answer', 'scope', 'justification', 'source', 'source_url', 'source_date']);
  });

  it('schema --out DIR writes one file per format and says so on stderr', async () => {
    const dir = await tempDir();
    temps.push(dir);
    const r = await run(['schema', '--out', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect((await readdir(dir)).sort()).toEqual([
      'answer-cues.schema.json', 'countries.schema.json', 'country-answers.schema.json', 'dimensions.schema.json', 'evidence-rules.schema.json',
      'indicators.schema.json', 'methodology.schema.json', 'policy-index-manifest.json', 'scales.schema.json', 'source-kinds.schema.json',
    ]);
    expect(lines(r.err)).toHaveLength(9);
    expect(lines(r.err)[0]).toMatch(/^wrote .*\.schema\.json$/);
  });
});

describe('policy-index import', () => {
  const WIDE = 'iso3,name,region,children_detained\nPER,Peru,Americas,25\nMEX,Mexico,Americas,38\n';
  const args = (wide: string, dir: string, ...more: string[]) =>
    ['import', wide, dir, '--edition', '2025', '--source', 'UNICEF, Data warehouse', '--source-date', '2025-06', ...more];

  it('import into a project without countries creates countries.csv and one file per country', async () => {
    const dir = await copy();
    await rm(join(dir, 'countries'), { recursive: true });
    await writeFile(join(dir, 'wide.csv'), WIDE);
    const r = await run(args('wide.csv', '.'), dir);
    expect(r.code).toBe(0);
    expect(lines(r.err)).toEqual([cliText.importDone(2, 1, 3)]);
    expect((await readdir(join(dir, 'countries'))).sort()).toEqual(['MEX.csv', 'PER.csv', 'countries.csv']);
    expect(await readFile(join(dir, 'countries/PER.csv'), 'utf8')).toBe([
      'indicator,edition,answer,scope,justification,source,source_url,source_date',
      'children_detained,2025,25,,"Value imported from UNICEF, Data warehouse.","UNICEF, Data warehouse",,2025-06',
      '',
    ].join('\n'));
    expect(await readFile(join(dir, 'countries/countries.csv'), 'utf8')).toBe('iso3,name,region\nMEX,Mexico,Americas\nPER,Peru,Americas\n');
    expect((await run(['validate', dir, '--today', '2025-12-31'])).code).toBe(0);
  });

  it('import refuses to overwrite existing files without --force, names each, and writes nothing', async () => {
    const dir = await copy();
    await writeFile(join(dir, 'wide.csv'), WIDE);
    const before = await hashTree(dir);
    const r = await run(args('wide.csv', '.'), dir);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([
      cliText.exists(join(dir, 'countries/countries.csv')),
      cliText.exists(join(dir, 'countries/MEX.csv')),
    ]);
    expect(await hashTree(dir)).toEqual(before); // PER.csv, the one new file, is not written either
  });

  it('import --force replaces files and keeps each old one as .bak', async () => {
    const dir = await copy();
    await writeFile(join(dir, 'wide.csv'), WIDE);
    const oldMex = await readFile(join(dir, 'countries/MEX.csv'), 'utf8');
    const oldCountries = await readFile(join(dir, 'countries/countries.csv'), 'utf8');
    const r = await run(args('wide.csv', '.', '--force'), dir);
    expect(r.code).toBe(0);
    expect(await readFile(join(dir, 'countries/MEX.csv.bak'), 'utf8')).toBe(oldMex);
    expect(await readFile(join(dir, 'countries/countries.csv.bak'), 'utf8')).toBe(oldCountries);
    expect((await readdir(join(dir, 'countries'))).sort()).toEqual([
      'COL.csv', 'ECU.csv', 'MEX.csv', 'MEX.csv.bak', 'PER.csv', 'countries.csv', 'countries.csv.bak',
    ]);
    expect(await readFile(join(dir, 'countries/countries.csv'), 'utf8')).toBe('iso3,name,region\nCOL,Colombia,Americas\nECU,Ecuador,Americas\nMEX,Mexico,Americas\nPER,Peru,Americas\n');
    // no temp files left behind by the atomic writes
    expect((await readdir(join(dir, 'countries'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('import --force keeps the own columns of countries.csv (denominators, groups) for the countries it had', async () => {
    const dir = await copy();
    await writeFile(join(dir, 'wide.csv'), WIDE);
    await writeFile(join(dir, 'countries/countries.csv'), 'iso3,name,region,population,income\nCOL,Colombia,Americas,52,M\nECU,Ecuador,Americas,18,M\nMEX,Mexico,Americas,129,H\n');
    expect((await run(args('wide.csv', '.', '--force'), dir)).code).toBe(0);
    expect(await readFile(join(dir, 'countries/countries.csv'), 'utf8')).toBe(
      'iso3,name,region,population,income\nCOL,Colombia,Americas,52,M\nECU,Ecuador,Americas,18,M\nMEX,Mexico,Americas,129,H\nPER,Peru,Americas,,\n',
    );
  });

  it('import --force of a new edition keeps the country\'s other answers', async () => {
    const dir = await copy();
    await writeFile(join(dir, 'wide.csv'), WIDE);
    await run(args('wide.csv', '.', '--force'), dir);
    const mex = (await readFile(join(dir, 'countries/MEX.csv'), 'utf8')).trim().split('\n');
    expect(mex).toHaveLength(1 + 8 + 1);
  });

  it('import refuses a code that is not ISO3 (no path from data ever becomes a file name) and writes nothing', async () => {
    const dir = await copy();
    await writeFile(join(dir, 'wide.csv'), 'iso3,name,children_detained\n../../etc,Etc,1\n');
    const before = await hashTree(dir);
    const r = await run(args('wide.csv', '.', '--force'), dir);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([cliText.importBadCode('wide.csv', 2, '../../etc')]);
    expect(await hashTree(dir)).toEqual(before);
  });

  it('import refuses a column that is not an indicator, with a "did you mean", and writes nothing', async () => {
    const dir = await copy();
    await writeFile(join(dir, 'wide.csv'), 'iso3,name,children_detaind\nPER,Peru,25\n');
    const before = await hashTree(dir);
    const r = await run(args('wide.csv', '.', '--force'), dir);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([cliText.importUnknownIndicator('wide.csv', 'children_detaind', 'children_detained')]);
    expect(await hashTree(dir)).toEqual(before);
  });

  it('import without --source is bad usage (exit 2)', async () => {
    const r = await run(['import', 'wide.csv', '.', '--edition', '2025'], minimal);
    expect(r.code).toBe(2);
    expect(lines(r.err)).toEqual([cliText.badOption(cliText.importRequired('source'), 'import')]);
  });
});

describe('--help', () => {
  it.each([
    ['validate', usage.validate],
    ['score', usage.score],
    ['coverage', usage.coverage],
    ['schema', usage.schema],
    ['import', usage.import],
  ])('%s --help prints its usage on stdout and exits 0', async (command, text) => {
    for (const flag of ['--help', '-h']) {
      const r = await run([command, flag]);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`${text}\n`);
      expect(r.err).toBe('');
    }
  });

  it('--help and help print the main usage on stdout and exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`${usage.main}\n`);
    }
  });

  it('no command at all prints the main usage and exits 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe(`${usage.main}\n`);
  });

  it('every usage text states the default of each option that has one', () => {
    expect(usage.score).toMatch(/--format .*\(default: table\)/);
    expect(usage.coverage).toMatch(/--oldest N .*\(default: 10\)/);
    expect(usage.validate).toMatch(/--today .*\(default: today\)/);
  });
});

describe('bad usage: exit 2, one message on stderr, nothing on stdout', () => {
  it('an unknown command suggests the closest one', async () => {
    const r = await run(['valdate', minimal]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(lines(r.err)).toEqual(['policy-index: unknown command "valdate" (did you mean "validate"?); run "policy-index --help"']);
  });

  it('an unknown command far from any other gets no suggestion', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(lines(r.err)).toEqual(['policy-index: unknown command "frobnicate"; run "policy-index --help"']);
  });

  it.each([
    ['score', 'format', 'xml', ['table', 'csv', 'json', 'md']],
    ['coverage', 'format', 'pdf', ['table', 'csv', 'json', 'md']],
    ['coverage', 'by', 'nation', ['country', 'dimension', 'indicator']],
    ['score', 'normaliser', 'minimax', ['none', 'minmax', 'zscore', 'goalposts', 'target', 'rank', 'percentile', 'borda']],
  ] as const)('%s --%s %s lists the choices', async (command, option, value, choices) => {
    const r = await run([command, minimal, `--${option}`, value]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(lines(r.err)).toEqual([cliText.badOption(cliText.badChoice(option, value, choices), command)]);
  });

  it('score --min-coverage 2 is out of range', async () => {
    const r = await run(['score', minimal, '--min-coverage', '2']);
    expect(r.code).toBe(2);
    expect(lines(r.err)).toEqual([cliText.badOption(cliText.badNumber('min-coverage', '2', 'a number from 0 to 1'), 'score')]);
  });

  it('score --edition 1999 names the editions in the data', async () => {
    const r = await run(['score', minimal, '--edition', '1999']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(lines(r.err)).toEqual([cliText.badOption(cliText.noEdition('1999', [2018, 2024]), 'score')]);
  });

  it('an unknown option names the command and points to its --help', async () => {
    const r = await run(['validate', minimal, '--bogus']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(lines(r.err)).toHaveLength(1);
    expect(r.err).toMatch(/^policy-index validate: .*--bogus.*; run "policy-index validate --help"\n$/);
    expect(leaksStack(r.err)).toBe(false);
  });

  it('an unknown option reads like the catalogue (lower case, quoted)', async () => {
    const r = await run(['validate', minimal, '--bogus']);
    expect(lines(r.err)).toEqual(['policy-index validate: unknown option "--bogus"; run "policy-index validate --help"']);
  });

  it('an option without its value is bad usage', async () => {
    const r = await run(['score', minimal, '--format']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^policy-index score: .*--format.*; run "policy-index score --help"\n$/);
  });
});

describe('policy-index sensitivity', () => {
  it('prints rank intervals and sensitivity indices; the same seed gives the same output with 1 or 2 workers', async () => {
    const one = await run(['sensitivity', minimal, '--runs', '300', '--seed', '5', '--format', 'csv']);
    expect(one.code).toBe(0);
    expect(one.out.split('\n')[0]).toBe('rank,iso3,country,score,median,low,high,interval');
    const two = await run(['sensitivity', minimal, '--runs', '300', '--seed', '5', '--format', 'csv', '--workers', '2']);
    expect(two.out).toEqual(one.out);
  });

  it('--denominations and --min-shares make denomination and unit screening factors; a share outside 0–1 is bad usage (exit 2)', async () => {
    const project = fixture('engine/asem-denominated');
    const r = await run(['sensitivity', project, '--runs', '40', '--noise', '0', '--no-drop', '--denominations', 'denominated,raw', '--min-shares', '0,0.8']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Denomination +denominated, raw/);
    expect(r.out).toMatch(/Unit screening +minShare 0, minShare 0\.8/);
    const bad = await run(['sensitivity', project, '--min-shares', '0,1.5']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"1.5"');
    expect((await run(['sensitivity', project, '--denominations', 'yes'])).code).toBe(2);
  });

  it('an unknown aggregator is bad usage (exit 2)', async () => {
    const r = await run(['sensitivity', minimal, '--aggregators', 'arithmetic,median']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"median"');
  });
});
