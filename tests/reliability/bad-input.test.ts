/**
 * The second corpus of bad input (issue 17): what an unlucky user types or leaves in a project.
 * Each case builds a world in a temp folder (the data project `p/` and the user's own notes),
 * runs one command in it, and checks the exit code, the exact message and that every byte in the
 * world is unchanged (these commands are refused or only read).
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cliText } from '../../src/messages/cli.js';
import { DECIMAL_EXPECTED } from '../../src/schema/common.js';
import { snapshot } from './snapshot.js';
import { cleanup, fixture, leaksStack, run, tempDir } from '../cli/helpers.js';


let world: string;
const temps: string[] = [];
beforeEach(async () => {
  world = await tempDir('policy-index-bad-');
  temps.push(world);
  await cp(fixture('good/minimal'), join(world, 'p'), { recursive: true });
  await writeFile(join(world, 'notes.txt'), 'my notes\n');
});
afterAll(async () => { for (const t of temps) await cleanup(t); });

const at = (rel: string) => join(world, rel);
const FAST = ['--runs', '0', '--png-scale', '1', '--lang', 'en', '--quiet'];
const usage = (command: string, option: string, value: string, range: string) =>
  `${cliText.badOption(cliText.badNumber(option, value, range), command)}\n`;

const edit = async (rel: string, fn: (t: string) => string) => writeFile(at(rel), fn(await readFile(at(rel), 'utf8')));
const append = (rel: string, text: string) => edit(rel, (t) => t + text);
const wide = () => writeFile(at('wide.csv'), 'iso3,name,children_detained\nMEX,Mexico,3\n');
const importArgs = (...more: string[]) => ['import', 'wide.csv', 'p', '--edition', '2025', '--source', 'UNICEF', ...more];
/** The first dimension (LAW) renamed everywhere it is named. */
async function renameDimension(id: string) {
  for (const f of ['p/indicators/dimensions.csv', 'p/indicators/indicators.csv']) await edit(f, (t) => t.replace(/\bLAW\b/g, id));
  await edit('p/indicators/methodology.json', (t) => t.replace(/\bLAW\b/g, id));
}

interface Case {
  name: string;
  setup?: () => Promise<void>;
  argv: string[];
  code: number;
  err: string;
}

const cases: Case[] = [
  // options out of range: a usage error (exit 2), never a stack trace or a run that cannot end
  { name: '--png-scale 100 would ask for a canvas no system can allocate', argv: ['report', 'p', '--out', 'site', '--png-scale', '100'], code: 2,
    err: usage('report', 'png-scale', '100', 'a whole number from 1 to 8') },
  { name: '--runs 1e12 is not a whole number', argv: ['sensitivity', 'p', '--runs', '1e12'], code: 2,
    err: usage('sensitivity', 'runs', '1e12', 'a whole number from 1 to 1000000') },
  { name: '--runs 1000000000000 would exhaust memory', argv: ['sensitivity', 'p', '--runs', '1000000000000'], code: 2,
    err: usage('sensitivity', 'runs', '1000000000000', 'a whole number from 1 to 1000000') },
  { name: '--seed 1e23 is not a whole number', argv: ['report', 'p', '--seed', '1e23', ...FAST], code: 2,
    err: usage('report', 'seed', '1e23', 'a whole number from 0 to 4294967295') },
  { name: '--seed beyond 32 bits would wrap onto another seed', argv: ['sensitivity', 'p', '--seed', '100000000000000000000000'], code: 2,
    err: usage('sensitivity', 'seed', '100000000000000000000000', 'a whole number from 0 to 4294967295') },
  { name: '--workers 100000 would start a hundred thousand threads', argv: ['sensitivity', 'p', '--workers', '100000'], code: 2,
    err: usage('sensitivity', 'workers', '100000', 'a whole number from 1 to 64') },
  { name: 'import --edition 99999 is not a four-digit year', setup: () => writeFile(at('wide.csv'), 'iso3,name,children_detained\nMEX,Mexico,3\n'),
    argv: ['import', 'wide.csv', 'p', '--edition', '99999', '--source', 'UNICEF'], code: 2,
    err: usage('import', 'edition', '99999', 'a whole number from 1900 to 2999') },
  // settings that cannot be read are errors naming the path, never the defaults
  { name: 'methodology.json is a folder', setup: async () => { await rm(at('p/indicators/methodology.json')); await mkdir(at('p/indicators/methodology.json')); },
    argv: ['score', 'p'], code: 1,
    err: `indicators/methodology.json: file cannot be read (it is a folder; expected a file)\n${cliText.noDataset}\n` },
  { name: 'methodology.json nested 100,000 levels deep', setup: () => writeFile(at('p/indicators/methodology.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    argv: ['validate', 'p'], code: 1,
    err: 'indicators/methodology.json: the JSON is nested 100000 levels deep (limit 64); settings need a handful of levels, so this is not a methodology file\n1 error(s), 0 warning(s)\n' },
  { name: 'countries/ is a file, so it cannot be listed', setup: async () => { await rm(at('p/countries'), { recursive: true }); await writeFile(at('p/countries'), 'x\n'); },
    argv: ['validate', 'p'], code: 1,
    err: 'countries/: folder cannot be listed (a part of the path is a file; expected a folder); no country file can be read until it can\n'
      + 'countries/countries.csv: file cannot be read (a part of the path is a file; expected a folder)\n2 error(s), 0 warning(s)\n' },
  { name: 'MEX.csv beside MEX.CSV: one file on Windows and macOS, so neither is read twice', setup: async () => { await writeFile(at('p/countries/MEX.CSV'), await readFile(at('p/countries/MEX.csv'))); },
    argv: ['validate', 'p'], code: 1,
    err: 'countries/MEX.CSV: "MEX.CSV" and "MEX.csv" differ only in case (on Windows and macOS they are one file; keep one, named in capitals with .csv)\n1 error(s), 0 warning(s)\n' },
  // import never rewrites a file it cannot read whole, and never writes what validate refuses
  { name: '--force onto a country file with a ragged row (the row would be dropped)', setup: async () => { await wide(); await append('p/countries/MEX.csv', 'children_detained,2018,12\n'); },
    argv: importArgs('--force'), code: 1,
    err: 'countries/MEX.csv:10: row has 3 fields but the header has 8 (check for an unquoted comma or a missing cell)\n'
      + `${cliText.importUnreadable(['countries/MEX.csv'])}\n` },
  { name: '--force onto a country file with a stray quote', setup: async () => { await wide(); await append('p/countries/MEX.csv', 'children_detained,2018,12,,"a quote never closed,x,,\n'); },
    argv: importArgs('--force'), code: 1,
    err: 'countries/MEX.csv:10: a quoted field is never closed (expected a closing " before the end of the file; check this line for a stray quote)\n'
      + `${cliText.importUnreadable(['countries/MEX.csv'])}\n` },
  { name: 'an edition column reading "abc"', setup: () => writeFile(at('wide.csv'), 'iso3,name,edition,children_detained\nMEX,Mexico,abc,3\n'),
    argv: ['import', 'wide.csv', 'p', '--source', 'UNICEF', '--force'], code: 1,
    err: `${cliText.importBadEdition('wide.csv', 2, 'abc')}\n` },
  { name: 'an answer that is not an option of its scale (validated as part of the project it would make)', setup: () => writeFile(at('wide.csv'), 'iso3,name,child_detention_ban\nMEX,Mexico,maybe\n'),
    argv: importArgs('--force'), code: 1,
    err: 'countries/MEX.csv:10: [answer] answer "maybe" is not an option of child_detention_ban (expected one of: no, yes; blank = no evidence; na = not applicable)\n' + `${cliText.importInvalid(1)}\n` },
  { name: 'the same country twice in the wide table', setup: () => writeFile(at('wide.csv'), 'iso3,name,children_detained\nMEX,Mexico,3\nMEX,Mexico,4\n'),
    argv: importArgs('--force'), code: 1, err: `${cliText.importDuplicateRow('wide.csv', 3, 'MEX', 2)}\n` },
  { name: 'a javascript: source URL', setup: wide, argv: importArgs('--force', '--source-url', 'javascript:alert(1)'), code: 2,
    err: `${cliText.badOption(cliText.importBadUrl('javascript:alert(1)'), 'import')}\n` },
  { name: 'a source date "yesterday"', setup: wide, argv: importArgs('--force', '--source-date', 'yesterday'), code: 2,
    err: `${cliText.badOption(cliText.badDate('source-date', 'yesterday'), 'import')}\n` },
  // ids that would collide with an output file or a built-in property of objects
  ...(['INDEX', 'ranking', 'sensitivity', 'constructor', 'toString'] as const).map((id): Case => ({
    name: `a dimension with the id ${id}`, setup: () => renameDimension(id), argv: ['validate', 'p'], code: 1,
    err: `indicators/dimensions.csv:2: [id] id "${id}" is reserved (${['constructor', 'toString'].includes(id) ? 'it is a built-in property of JavaScript objects' : 'it names a file or folder of the report'}); rename it, e.g. "${id}_1"\n1 error(s), 0 warning(s)\n`,
  })),
  { name: 'a scale with the id hasOwnProperty', setup: async () => { for (const f of ['p/indicators/scales.csv', 'p/indicators/indicators.csv']) await edit(f, (t) => t.replaceAll('yes_no', 'hasOwnProperty')); },
    argv: ['validate', 'p'], code: 1,
    err: 'indicators/scales.csv:2: [scale] id "hasOwnProperty" is reserved (it is a built-in property of JavaScript objects); rename it, e.g. "hasOwnProperty_1"\n1 error(s), 0 warning(s)\n' },
  { name: 'a dimension with the id __proto__ (not an id at all)', setup: () => renameDimension('__proto__'), argv: ['validate', 'p'], code: 1,
    err: ['indicators/dimensions.csv:2: [id] "__proto__" is not valid (expected an id: a letter, then letters, digits or _)',
      'indicators/indicators.csv:2: [dimension] "__proto__" is not valid (expected an id: a letter, then letters, digits or _)',
      'indicators/indicators.csv:3: [dimension] "__proto__" is not valid (expected an id: a letter, then letters, digits or _)', '3 error(s), 0 warning(s)', ''].join('\n') },
  // numbers: strict decimals, four-digit editions, nothing that overflows, lines counted on any line ending
  ...(['0x10', '0b11', '2e3', ' 12 ', 'Infinity', '1e400', `1${'0'.repeat(308)}`] as const).map((w): Case => ({
    name: `a weight written ${JSON.stringify(w.length > 20 ? `${w.slice(0, 8)}… (${w.length} characters)` : w)} is not a decimal number`,
    setup: () => edit('p/indicators/indicators.csv', (t) => t.replace('categorical,yes_no,,,,,2,', `categorical,yes_no,,,,,${w},`)),
    argv: ['validate', 'p'], code: 1,
    err: `indicators/indicators.csv:2: [weight] ${w === 'Infinity' ? '"Infinity" is not a finite number (expected a number such as 12 or 0.5)'
      : `${w.length > 80 ? `"${w.slice(0, 80)}…" (${w.length} characters)` : JSON.stringify(w)} is not valid (expected ${DECIMAL_EXPECTED})`}\n1 error(s), 0 warning(s)\n`,
  })),
  ...(['2e3', '0x7E8', ' 2024 ', '2024.0'] as const).map((e): Case => ({
    name: `an edition written ${JSON.stringify(e)} is not a year`,
    setup: () => edit('p/countries/MEX.csv', (t) => t.replace('child_detention_ban,2024,', `child_detention_ban,${e},`)),
    argv: ['validate', 'p'], code: 1,
    err: `countries/MEX.csv:6: [edition] ${JSON.stringify(e)} is not valid (expected a four-digit year such as 2024)\n1 error(s), 0 warning(s)\n`,
  })),
  ...(['0x10', '2e3', ' 40 ', '1e400', `9${'9'.repeat(307)}`] as const).map((a): Case => ({
    name: `a numeric answer written ${JSON.stringify(a.length > 20 ? `${a.slice(0, 8)}… (${a.length} characters)` : a)} is not a number`,
    setup: () => edit('p/countries/MEX.csv', (t) => t.replace('children_detained,2024,40,', `children_detained,2024,${a},`)),
    argv: ['score', 'p'], code: 1,
    err: `countries/MEX.csv:9: [answer] answer ${a.length > 80 ? `"${a.slice(0, 80)}…" (${a.length} characters)` : JSON.stringify(a)} to numeric indicator children_detained is not a number (expected a decimal number such as 12.5, at most 15 digits before the point; no exponent, hex or spaces; blank = no evidence; na = not applicable)\n${cliText.noDataset}\n`,
  })),
  { name: 'a file with old Mac line endings (CR only) reports each problem on its own line',
    setup: () => edit('p/countries/MEX.csv', (t) => t.replace('judicial_review,2024,no,', 'judicial_review,2024,maybe,').replace(/\n/g, '\r')),
    argv: ['validate', 'p'], code: 1,
    err: 'countries/MEX.csv:7: [answer] answer "maybe" is not an option of judicial_review (expected one of: no, partial, yes; blank = no evidence; na = not applicable)\n1 error(s), 0 warning(s)\n' },
  // a project with nothing to score is an error with the fix, from every command that reads it
  ...(['validate', 'score', 'report'] as const).flatMap((command): Case[] => {
    const argv = command === 'report' ? ['report', 'p', '--out', 'site', ...FAST] : [command, 'p'];
    const tail = command === 'validate' ? '1 error(s), 0 warning(s)' : cliText.noDataset;
    const noFiles = async () => { for (const f of ['COL', 'ECU', 'MEX']) await rm(at(`p/countries/${f}.csv`)); };
    return [
      { name: 'countries.csv lists countries but no file holds an answer', setup: noFiles, argv, code: 1,
        err: `countries/countries.csv: the project has no answers: countries.csv lists 3 countries but no country file holds an answer, so there is nothing to score (add countries/<ISO3>.csv with one row per indicator and edition; "policy-index import" makes them from a wide table)\n${tail}\n` },
      { name: 'countries.csv lists no country', setup: async () => { await noFiles(); await writeFile(at('p/countries/countries.csv'), 'iso3,name,region\n'); }, argv, code: 1,
        err: `countries/countries.csv:2: the project lists no country, so there is nothing to score (add a row per country: iso3,name,region, then its answers in countries/<ISO3>.csv; "policy-index import" makes both from a wide table)\n${tail}\n` },
    ];
  }),
  // method settings near 1e308 would overflow the engine to Infinity: refused with the setting's path
  { name: 'a generalised mean with p = 1e308 (every score would be Infinity)',
    setup: () => edit('p/indicators/methodology.json', (t) => t.replace('"default": { "method": "arithmetic" }', '"default": { "method": "generalised", "p": 1e308 }')),
    argv: ['score', 'p'], code: 1,
    err: `indicators/methodology.json: [aggregate.default.p] methodology setting aggregate.default.p: 1e+308 is not valid (expected at most 100)\n${cliText.noDataset}\n` },
  { name: 'minmax goalposts of ±1e308 (their difference overflows)',
    setup: () => edit('p/indicators/methodology.json', (t) => t.replace('"version": "test",', '"version": "test", "normalise": { "numeric": { "method": "minmax", "low": -1e308, "high": 1e308 } },')),
    argv: ['validate', 'p'], code: 1,
    err: 'indicators/methodology.json: [normalise.numeric.high] methodology setting normalise.numeric.high: 1e+308 is not valid (expected at most 1000000000000000)\n'
      + 'indicators/methodology.json: [normalise.numeric.low] methodology setting normalise.numeric.low: -1e+308 is not valid (expected at least -1000000000000000)\n2 error(s), 0 warning(s)\n' },
];

/**
 * A 4 MB country file of forty 99,000-character indicator ids: every message quotes at most 80
 * characters of a value, so the whole report stays a few kilobytes (not megabytes).
 */
describe('a huge value is quoted short', () => {
  it('validate: forty 99,000-character ids give forty one-line messages', async () => {
    const id = (k: number) => `${'x'.repeat(99_000)}${k}`;
    const rows = Array.from({ length: 40 }, (_, k) => `${id(k)},2018,no,,j,s,,\n`).join('');
    await writeFile(at('p/countries/MEX.csv'), `indicator,edition,answer,scope,justification,source,source_url,source_date\n${rows}`);
    const before = await snapshot(world);
    const r = await run(['validate', 'p'], world);
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toHaveLength(41);
    expect(lines[0]).toBe(`countries/MEX.csv:2: [indicator] unknown indicator "${'x'.repeat(80)}…" (99001 characters) (expected one of the ids in indicators/indicators.csv)`);
    expect(r.err.length).toBeLessThan(10_000);
    expect(await snapshot(world)).toEqual(before);
  }, 60_000);
});

describe('bad input the tool refuses with a message and exit code, changing nothing', () => {
  for (const c of cases) {
    it(`${c.argv[0]}: ${c.name}`, async () => {
      await c.setup?.();
      const before = await snapshot(world);
      const r = await run(c.argv, world);
      expect(r.err).toBe(c.err);
      expect(r.code).toBe(c.code);
      expect(leaksStack(r.err)).toBe(false);
      expect(await snapshot(world)).toEqual(before);
    }, 30_000);
  }
});


/**
 * Hostile input the tool accepts as text: the command succeeds, its output carries the text
 * inert, and nothing but the intended output (`out`, when given) changes.
 */
interface Accepted {
  name: string;
  setup: () => Promise<void>;
  argv: string[];
  /** The folder (relative to the world) that the command may write; nothing else may change. */
  out?: string;
  code: number;
  /** The exact stderr, or a pattern when it names the temp folder. */
  err: string | RegExp;
  check: (r: { out: string }) => Promise<void>;
}

const LINK = '[click](https://evil.test)';
const PICTURE = '![x](https://evil.test/p.png)';
const linkNames = async () => {
  await edit('p/countries/countries.csv', (t) => t.replace('MEX,Mexico,', `MEX,"Mexico ${LINK}",`));
  await edit('p/indicators/dimensions.csv', (t) => t.replace('LAW,Legal framework,', `LAW,Legal framework ${PICTURE},`));
};
const LIVE_LINK = /(?<!\\)\]\(https:\/\/evil/;
const ESCAPED_NAMES = ['Mexico \\[click\\](https://evil.test)', 'Legal framework !\\[x\\](https://evil.test/p.png)'];

/** ESC, OSC and CSI (U+009B) sequences and a right-to-left override in a country and a dimension name. */
const controlNames = async () => {
  await edit('p/countries/countries.csv', (t) => t.replace('MEX,Mexico,', 'MEX,"Mex\u202Eocix\u001B]8;;https://evil.test\u0007\u009B2J",'));
  await edit('p/indicators/dimensions.csv', (t) => t.replace('LAW,Legal framework,', 'LAW,Legal \u001B[31mframework\u001B[0m,'));
};
const CONTROL_WARNINGS = 'countries/countries.csv:4: warning: [name] text "Mex\\u202Eocix\\u001B]8;;https://evil.test\\u0007\\u009B2J" contains invisible control or direction-override characters, which can drive a terminal or disguise text; they are removed, so it reads "Mexocix" (delete them from the file)\n'
  + 'indicators/dimensions.csv:2: warning: [name] text "Legal \\u001B[31mframework\\u001B[0m" contains invisible control or direction-override characters, which can drive a terminal or disguise text; they are removed, so it reads "Legal framework" (delete them from the file)\n';
/** Any control or direction-override character (the isolates U+2066–U+2069 aside: Arabic pages use them). */
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E]/;

const accepted: Accepted[] = [
  { name: 'Markdown links and images in a country and a dimension name are printed as text by score --format md', setup: linkNames,
    argv: ['score', 'p', '--format', 'md'], code: 0, err: '',
    check: async (r) => {
      expect(r.out).not.toMatch(LIVE_LINK);
      for (const t of ESCAPED_NAMES) expect(r.out).toContain(t);
    } },
  { name: 'Markdown links and images in a country and a dimension name are text in every .md of the report', setup: linkNames,
    argv: ['report', 'p', '--out', 'site', ...FAST], out: 'site', code: 0, err: /^wrote \d+ files to \S+\/site in [\d.]+ m?s\n$/,
    check: async () => {
      const files = Object.keys(await snapshot(at('site'))).filter((f) => f.endsWith('.md'));
      expect(files).toEqual(expect.arrayContaining(['ranking/ranking-2024.md', 'ranking/LAW-2024.md', 'scorecards/en/MEX.md']));
      for (const f of files) expect(await readFile(at(`site/${f}`), 'utf8'), f).not.toMatch(LIVE_LINK);
      const ranking = await readFile(at('site/ranking/ranking-2024.md'), 'utf8');
      for (const t of ESCAPED_NAMES) expect(ranking).toContain(t);
      expect(await readFile(at('site/scorecards/en/MEX.md'), 'utf8')).toContain('# Mexico \\[click\\](https://evil.test)');
    } },
  { name: 'escape sequences and a bidi override in names are removed, each cell named in a warning with its controls shown escaped', setup: controlNames,
    argv: ['validate', 'p'], code: 0, err: `${CONTROL_WARNINGS}0 error(s), 2 warning(s)\n`,
    check: async (r) => { expect(r.out).toBe('ok: 3 countries, 4 indicators, 22 answers, editions 2018, 2024\n'); } },
  { name: 'the table printed to the terminal carries no control from the data', setup: controlNames,
    argv: ['score', 'p'], code: 0, err: CONTROL_WARNINGS,
    check: async (r) => {
      expect(r.out).not.toMatch(RAW_CONTROL);
      expect(r.out).toMatch(/ MEX {3}Mexocix /);
    } },
  { name: 'no text file of the report carries a control or override from the data', setup: controlNames,
    argv: ['report', 'p', '--out', 'site', ...FAST], out: 'site', code: 0, err: new RegExp(`^${CONTROL_WARNINGS.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}wrote \\d+ files to \\S+/site in [\\d.]+ m?s\\n$`),
    check: async () => {
      const texts = Object.keys(await snapshot(at('site'))).filter((f) => /\.(html|md|csv|json|svg)$/.test(f));
      expect(texts.length).toBeGreaterThan(20);
      for (const f of texts) expect(await readFile(at(`site/${f}`), 'utf8'), f).not.toMatch(RAW_CONTROL);
      expect(await readFile(at('site/ranking/ranking-2024.csv'), 'utf8')).toContain('MEX,Mexocix,');
    } },
  { name: 'escape sequences in a band label of methodology.json are removed with a warning, not printed to the terminal',
    setup: () => edit('p/indicators/methodology.json', (t) => t.replace('"label": "Advanced"', '"label": "Adv\\u001b[31manced\\u001b]8;;https://evil.test\\u0007"')),
    argv: ['score', 'p'], code: 0,
    err: 'indicators/methodology.json: warning: [label] text "Adv\\u001B[31manced\\u001B]8;;https://evil.test\\u0007" contains invisible control or direction-override characters, which can drive a terminal or disguise text; they are removed, so it reads "Advanced" (delete them from the file)\n',
    check: async (r) => {
      expect(r.out).not.toMatch(RAW_CONTROL);
      expect(r.out).toMatch(/ ECU {3}Ecuador +91\.7 {2}Advanced /);
    } },
  { name: 'a bidi override in a wide table is removed with a warning before import writes the name', out: 'p',
    setup: () => writeFile(at('wide.csv'), 'iso3,name,children_detained\nBRA,"Bra\u202Ezil",3\n'),
    argv: importArgs('--force'), code: 0,
    err: 'wide.csv:2: warning: [name] text "Bra\\u202Ezil" contains invisible control or direction-override characters, which can drive a terminal or disguise text; they are removed, so it reads "Brazil" (delete them from the file)\nimported 1 indicators for 1 countries into 2 files\n',
    check: async () => {
      expect(await readFile(at('p/countries/countries.csv'), 'utf8')).toContain('\nBRA,Brazil');
      expect(await readFile(at('p/countries/BRA.csv'), 'utf8')).not.toMatch(RAW_CONTROL);
    } },
];

/** The world's snapshot less the entries under `out`. */
const outside = (snap: Record<string, string>, out?: string) =>
  Object.fromEntries(Object.entries(snap).filter(([k]) => !out || (k !== out && !k.startsWith(`${out}/`))));

describe('hostile text the tool accepts comes out as text, changing nothing else', () => {
  for (const c of accepted) {
    it(`${c.argv[0]}: ${c.name}`, async () => {
      await c.setup();
      const before = outside(await snapshot(world), c.out);
      const r = await run(c.argv, world);
      if (typeof c.err === 'string') expect(r.err).toBe(c.err);
      else expect(r.err).toMatch(c.err);
      expect(r.code).toBe(c.code);
      expect(leaksStack(r.err)).toBe(false);
      await c.check(r);
      expect(outside(await snapshot(world), c.out)).toEqual(before);
    }, 60_000);
  }
});
