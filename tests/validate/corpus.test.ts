/**
 * The corpus of bad data projects: tests/fixtures/bad/<case>/ is good/minimal with exactly one
 * flaw (made by tests/fixtures/bad/make-corpus.mjs). For each, `validate` must print exactly the
 * lines below on stderr (file:line: [column] message, then the summary), exit 1, print no stack
 * trace and write nothing; `score` must refuse the project the same way.
 *
 * Cases marked `bug` are known defects in src/: their `stderr` is what validation SHOULD print,
 * and the exact-message test is `it.fails` until src/ is fixed. Their invariants (no stack trace,
 * nothing written) are still checked by a passing test.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliText } from '../../src/messages/cli.js';
import { cleanup, fixture, hashTree, leaksStack, lines, run, tempCopy, TODAY } from '../cli/helpers.js';

interface Case {
  /** Folder under tests/fixtures/bad. */
  name: string;
  /** What the case shows, for the test name. */
  says: string;
  /** Exact stderr of `validate DIR --today 2025-01-01`, summary line included. */
  stderr: string[];
  /** A known defect in src/ (the stderr above is the intended output); the exact test is it.fails. */
  bug?: string;
  /** The case depends on --today, which `score` does not take: skip the score check. */
  dated?: boolean;
}

const summary = (errors: number, warnings = 0) => `${errors} error(s), ${warnings} warning(s)`;

export const corpus: Case[] = [
  // ---------------------------------------------------------------- broken CSV
  { name: 'csv-unclosed-quote', says: 'a quote left open to the end of the file names the line where it opens', stderr: [
    'countries/MEX.csv:9: a quoted field is never closed (expected a closing " before the end of the file; check this line for a stray quote)',
    summary(1),
  ] },
  { name: 'csv-unclosed-quote-mid-file', says: 'a quote left open before other quoted fields is reported as malformed quoting on its line', stderr: [
    'countries/MEX.csv:3: malformed quoting (a \" that neither opens nor closes a field); double any " inside a quoted field',
    summary(1),
  ] },
  { name: 'csv-stray-quote-in-field', says: 'text after a closing quote is malformed quoting on its line', stderr: [
    'countries/MEX.csv:3: malformed quoting (a \" that neither opens nor closes a field); double any " inside a quoted field',
    summary(1),
  ] },
  { name: 'csv-ragged-row', says: 'an unquoted comma makes a row longer than the header', stderr: [
    'countries/MEX.csv:3: row has 9 fields but the header has 8 (check for an unquoted comma or a missing cell)',
    summary(1),
  ] },
  { name: 'csv-empty-file', says: 'an empty country file asks for the header row', stderr: [
    'countries/MEX.csv:1: file is empty (expected a header row: indicator,edition,answer,scope,justification,source,source_url,source_date)',
    summary(1),
  ] },
  { name: 'csv-header-only-indicators', says: 'indicators.csv with a header and no rows is one error, not one per answer',
    stderr: [
      'indicators/indicators.csv:2: file has a header but no indicators (expected at least one row)',
      summary(1),
    ] },
  { name: 'csv-header-only-country-file', says: 'a listed country whose file has a header and no rows is reported',
    stderr: [
      'countries/MEX.csv:2: file has a header but no answers (expected at least one row)',
      summary(1),
    ] },
  { name: 'csv-duplicate-column', says: 'a column named twice in the header is reported on line 1', stderr: [
    'countries/MEX.csv:1: [source] column "source" appears more than once in the header (expected each column once)',
    summary(1),
  ] },
  { name: 'csv-missing-column', says: 'a required column missing from the header is named', stderr: [
    'countries/MEX.csv:1: [justification] column "justification" is missing from the header (expected columns: indicator,edition,answer,scope,justification,source,source_url,source_date)',
    summary(1),
  ] },
  { name: 'csv-utf16le-with-bom', says: 'countries.csv saved as UTF-16 (Excel "Unicode Text") is refused with the fix, without follow-on errors',
    stderr: [
      'countries/countries.csv: file is UTF-16 text (expected UTF-8; in Excel use "Save As" > "CSV UTF-8")',
      summary(1),
    ] },
  { name: 'csv-utf16le-without-bom', says: 'UTF-16 without a byte-order mark is recognised by its NUL bytes, without follow-on errors',
    stderr: [
      'countries/countries.csv: file is UTF-16 text (expected UTF-8; in Excel use "Save As" > "CSV UTF-8")',
      summary(1),
    ] },
  { name: 'csv-latin1-bytes', says: 'a file saved as Latin-1 is refused at the line and byte of the first non-UTF-8 byte', stderr: [
    'countries/MEX.csv:2: file is not valid UTF-8 (bad byte at offset 204; it is probably Latin-1 or Windows-1252: save it as "CSV UTF-8")',
    summary(1),
  ] },
  { name: 'csv-nul-bytes', says: 'a NUL byte is refused with its line', stderr: [
    'countries/MEX.csv:4: file contains NUL bytes (expected a text file; is this a spreadsheet saved as binary?)',
    summary(1),
  ] },

  // ---------------------------------------------------------------- broken framework
  { name: 'unknown-dimension', says: 'an indicator in an unknown dimension gets a "did you mean"', stderr: [
    'indicators/indicators.csv:3: [dimension] unknown dimension "LAWS" (expected an id from indicators/dimensions.csv); did you mean "LAW"?',
    summary(1),
  ] },
  { name: 'duplicate-indicator-id', says: 'a duplicate indicator id points to its first definition', stderr: [
    'indicators/indicators.csv:6: [id] duplicate id "judicial_review" (first defined on line 3; ids must be unique)',
    summary(1),
  ] },
  { name: 'id-used-by-dimension-and-indicator', says: 'an id used by a dimension and an indicator is refused', stderr: [
    'indicators/indicators.csv:6: [id] id "PRA" is used both as a dimension and as an indicator (ids must be unique across both files)',
    summary(1),
  ] },
  { name: 'negative-weight', says: 'a negative dimension weight is refused, without follow-on errors',
    stderr: [
      'indicators/dimensions.csv:3: [weight] "-1" is not valid (expected a finite number above 0)',
      summary(1),
    ] },
  { name: 'zero-weight', says: 'a zero indicator weight is refused', stderr: [
    'indicators/indicators.csv:3: [weight] "0" is not valid (expected a finite number above 0)',
    summary(1),
  ] },
  { name: 'all-zero-weights', says: 'all-zero dimension weights are refused once each, without follow-on errors',
    stderr: [
      'indicators/dimensions.csv:2: [weight] "0" is not valid (expected a finite number above 0)',
      'indicators/dimensions.csv:3: [weight] "0" is not valid (expected a finite number above 0)',
      summary(2),
    ] },
  { name: 'non-numeric-weight', says: 'a weight written in words is refused, without a false "unused scale" warning',
    stderr: [
      'indicators/indicators.csv:2: [weight] "two" is not valid (expected a decimal number such as 12 or 0.5, at most 15 digits before the point; no exponent, hex or spaces)',
      summary(1),
    ] },
  { name: 'infinite-weight', says: 'a weight of 1e309 is refused (no exponent; it would overflow to Infinity), without a false "unused scale" warning',
    stderr: [
      'indicators/indicators.csv:2: [weight] "1e309" is not valid (expected a decimal number such as 12 or 0.5, at most 15 digits before the point; no exponent, hex or spaces)',
      summary(1),
    ] },
  { name: 'hierarchy-cycle', says: 'two dimensions that are each other\'s parent are one cycle, reported once', stderr: [
    'indicators/dimensions.csv:2: [parent] dimensions form a cycle: LAW → PRA → LAW (a dimension cannot be its own ancestor; fix one parent)',
    summary(1),
  ] },
  { name: 'hierarchy-own-parent', says: 'a dimension that is its own parent is a cycle', stderr: [
    'indicators/dimensions.csv:2: [parent] dimensions form a cycle: LAW → LAW (a dimension cannot be its own ancestor; fix one parent)',
    summary(1),
  ] },
  { name: 'orphan-dimension', says: 'an unknown parent dimension gets a "did you mean"', stderr: [
    'indicators/dimensions.csv:3: [parent] unknown parent dimension "LAX" (expected an id from indicators/dimensions.csv or blank for the top level); did you mean "LAW"?',
    summary(1),
  ] },
  { name: 'empty-dimension', says: 'a dimension without indicators or sub-dimensions is refused', stderr: [
    'indicators/dimensions.csv:4: [id] dimension "DET" has no indicators and no sub-dimensions (add indicators to it or delete it)',
    summary(1),
  ] },
  { name: 'unknown-scale', says: 'a misspelt scale gets a "did you mean", and its answers are not reported again', stderr: [
    'indicators/indicators.csv:3: [scale] unknown scale "three_steps" (expected a scale id from indicators/scales.csv); did you mean "three_step"?',
    summary(1),
  ] },
  { name: 'categorical-without-scale', says: 'a categorical indicator needs a scale', stderr: [
    'indicators/indicators.csv:3: [scale] categorical indicator has no scale (expected the id of a scale in indicators/scales.csv)',
    summary(1),
  ] },
  { name: 'numeric-without-direction', says: 'a numeric indicator needs a direction', stderr: [
    'indicators/indicators.csv:5: [direction] numeric indicator has no direction (expected "higher" or "lower": which is better)',
    summary(1),
  ] },
  { name: 'bad-indicator-type', says: 'an indicator type other than categorical or numeric lists the choices', stderr: [
    'indicators/indicators.csv:3: [type] "ordinal" is not valid (expected one of: categorical, numeric)',
    summary(1),
  ] },
  { name: 'bounds-swapped', says: 'lower ≥ upper is one error on the indicator, not one per answer',
    stderr: [
      'indicators/indicators.csv:5: [lower] lower bound 500 is not below upper bound 0 (swap them?)',
      summary(1),
    ] },
  { name: 'duplicate-scale-code', says: 'a code listed twice in one scale points to its first line', stderr: [
    'indicators/scales.csv:7: [code] scale "yes_no" lists code "yes" twice (first on line 3)',
    summary(1),
  ] },
  { name: 'scale-score-above-100', says: 'a scale score above 100 is refused, without follow-on errors on answers using that code',
    stderr: [
      'indicators/scales.csv:3: [score] "150" is not valid (expected a score from 0 to 100)',
      summary(1),
    ] },
  { name: 'missing-dimensions-file', says: 'a missing dimensions.csv is one error, not one per indicator',
    stderr: [
      'indicators/dimensions.csv: file not found (expected indicators/dimensions.csv with columns id,name,parent)',
      summary(1),
    ] },
  { name: 'methodology-invalid-json', says: 'invalid JSON in methodology.json names the line', stderr: [
    'indicators/methodology.json:3: methodology is not valid JSON (Expected double-quoted property name in JSON at position 99)',
    summary(1),
  ] },
  { name: 'methodology-unknown-setting-value', says: 'an unknown method in methodology.json quotes the value and lists the choices',
    stderr: [
      'indicators/methodology.json: [aggregate.default.method] methodology setting aggregate.default.method: "median" is not valid (expected one of: arithmetic, geometric, harmonic, generalised, copeland)',
      summary(1),
    ] },
  { name: 'methodology-misspelt-setting', says: 'a misspelt top-level setting in methodology.json is reported, not silently replaced by the default',
    stderr: [
      'indicators/methodology.json: [agregate] methodology setting agregate: unknown setting (expected one of: version, normalise, imputation, denominate, screen, treat, aggregate, ranking, bands, carryForward, partialScope, editions, evidence, sensitivity); did you mean "aggregate"?',
      summary(1),
    ] },
  { name: 'methodology-unknown-indicator', says: 'a per-indicator setting for an unknown indicator gets a "did you mean"', stderr: [
    'indicators/methodology.json: [normalise.byIndicator.child_detained] methodology names unknown indicator "child_detained"; did you mean "children_detained"?',
    summary(1),
  ] },

  // ---------------------------------------------------------------- broken answers and countries
  { name: 'unknown-indicator', says: 'a misspelt indicator id gets a "did you mean"', stderr: [
    'countries/MEX.csv:3: [indicator] unknown indicator "judicial_reviw" (expected one of the ids in indicators/indicators.csv); did you mean "judicial_review"?',
    summary(1),
  ] },
  { name: 'unknown-indicator-abbreviated', says: 'an abbreviated indicator id gets the "did you mean" of STYLE.md\'s own example',
    stderr: [
      'countries/MEX.csv:2: [indicator] unknown indicator "child_ban" (expected one of the ids in indicators/indicators.csv); did you mean "child_detention_ban"?',
      summary(1),
    ] },
  { name: 'duplicate-answer-row', says: 'the same indicator and edition answered twice points to the first row', stderr: [
    'countries/MEX.csv:4: [indicator] indicator "judicial_review" is answered twice for edition 2018 (first on line 3; keep one row)',
    summary(1),
  ] },
  { name: 'code-outside-scale', says: 'an answer outside the scale lists the codes and suggests the closest', stderr: [
    'countries/MEX.csv:6: [answer] answer "yess" is not an option of child_detention_ban (expected one of: no, yes; blank = no evidence; na = not applicable); did you mean "yes"?',
    summary(1),
  ] },
  { name: 'numeric-answer-nan', says: 'NaN is not a finite number', stderr: [
    'countries/MEX.csv:5: [answer] "NaN" is not a finite number (expected a number such as 12 or 0.5)',
    summary(1),
  ] },
  { name: 'numeric-answer-infinity', says: 'Infinity is not a finite number', stderr: [
    'countries/MEX.csv:5: [answer] "Infinity" is not a finite number (expected a number such as 12 or 0.5)',
    summary(1),
  ] },
  { name: 'numeric-answer-1e309', says: '1e309 is refused: an exponent is not a decimal number (it would overflow to Infinity)', stderr: [
    'countries/MEX.csv:5: [answer] answer "1e309" to numeric indicator children_detained is not a number (expected a decimal number such as 12.5, at most 15 digits before the point; no exponent, hex or spaces; blank = no evidence; na = not applicable)',
    summary(1),
  ] },
  { name: 'numeric-answer-not-a-number', says: 'a numeric answer in words is not a number', stderr: [
    'countries/MEX.csv:5: [answer] answer "about 120" to numeric indicator children_detained is not a number (expected a decimal number such as 12.5, at most 15 digits before the point; no exponent, hex or spaces; blank = no evidence; na = not applicable)',
    summary(1),
  ] },
  { name: 'numeric-answer-out-of-bounds', says: 'a numeric answer above the upper bound shows the bounds', stderr: [
    'countries/MEX.csv:5: [answer] answer 600 is outside the bounds of children_detained (expected 0 to 500)',
    summary(1),
  ] },
  { name: 'edition-not-a-year', says: 'an edition like "2024a" is refused', stderr: [
    'countries/MEX.csv:6: [edition] "2024a" is not valid (expected a four-digit year such as 2024)',
    summary(1),
  ] },
  { name: 'edition-two-digits', says: 'a two-digit edition like "24" is refused', stderr: [
    'countries/MEX.csv:6: [edition] "24" is not valid (expected a four-digit year such as 2024)',
    summary(1),
  ] },
  { name: 'source-date-in-future', says: 'a source date after --today is in the future', dated: true, stderr: [
    'countries/MEX.csv:9: [source_date] source date "2025-06" is in the future (today is 2025-01-01)',
    summary(1),
  ] },
  { name: 'source-date-not-a-date', says: 'a source date in words shows the accepted forms', stderr: [
    'countries/MEX.csv:9: [source_date] "January 2024" is not valid (expected a date as YYYY, YYYY-MM or YYYY-MM-DD)',
    summary(1),
  ] },
  { name: 'source-date-impossible-day', says: 'a source date that does not exist (31 February) is refused',
    stderr: [
      'countries/MEX.csv:9: [source_date] "2023-02-31" is not valid (expected a date as YYYY, YYYY-MM or YYYY-MM-DD)',
      summary(1),
    ] },
  { name: 'answer-without-source', says: 'an answer needs a source', stderr: [
    'countries/MEX.csv:4: [source] answer has no source (every answer needs a source: fill in source, and source_url where there is one)',
    summary(1),
  ] },
  { name: 'answer-without-justification', says: 'an answer needs a justification', stderr: [
    'countries/MEX.csv:4: [justification] answer has no justification (say in your own words why the evidence earns this answer)',
    summary(1),
  ] },
  { name: 'bad-scope', says: 'a scope other than full or partial lists the choices', stderr: [
    'countries/MEX.csv:8: [scope] "partly" is not valid (expected one of: full, partial)',
    summary(1),
  ] },
  { name: 'scope-without-answer', says: 'a scope on a blank answer is refused', stderr: [
    'countries/COL.csv:9: [scope] scope is set but the answer is blank or na (clear the scope or give an answer)',
    summary(1),
  ] },
  { name: 'partial-scope-on-numeric', says: 'scope "partial" on a numeric answer is refused', stderr: [
    'countries/MEX.csv:5: [scope] scope "partial" applies only to categorical answers; children_detained is numeric (clear the scope)',
    summary(1),
  ] },
  { name: 'country-file-not-listed', says: 'a country file not listed in countries.csv is refused without a far-fetched suggestion',
    stderr: [
      'countries/PER.csv: country "PER" is not listed in countries/countries.csv (add it there or rename the file)',
      summary(1),
    ] },
  { name: 'country-file-etc', says: 'ETC.csv is a possible file name but not a listed country, and gets no far-fetched suggestion',
    stderr: [
      'countries/ETC.csv: country "ETC" is not listed in countries/countries.csv (add it there or rename the file)',
      summary(1),
    ] },
  { name: 'country-file-lower-case', says: 'mex.csv is not an ISO3 file name', stderr: [
    'countries/mex.csv: "mex.csv" is not a country file name (expected an ISO3 code listed in countries/countries.csv, e.g. MEX.csv)',
    summary(1),
  ] },
  { name: 'country-file-dotted-name', says: 'e.t.c.csv is not an ISO3 file name', stderr: [
    'countries/e.t.c.csv: "e.t.c.csv" is not a country file name (expected an ISO3 code listed in countries/countries.csv, e.g. MEX.csv)',
    summary(1),
  ] },
  { name: 'country-name-blank', says: 'a blank country name is one error, without calling the country unlisted',
    stderr: [
      'countries/countries.csv:4: [name] name is empty (expected a value)',
      summary(1),
    ] },
  { name: 'duplicate-country', says: 'a country listed twice points to its first line', stderr: [
    'countries/countries.csv:5: [iso3] duplicate id "MEX" (first defined on line 4; ids must be unique)',
    summary(1),
  ] },

  // ---------------------------------------------------------------- hostile content
  { name: 'script-and-javascript-url', says: '<script> in a justification is text, a javascript: source_url is rejected', stderr: [
    'countries/MEX.csv:3: [source_url] "javascript:alert(1)" is not a web address (expected a URL starting with http:// or https://)',
    summary(1),
  ] },
  { name: 'data-url', says: 'a data: URL is rejected, once (";" separates URLs only before a scheme)', stderr: [
    'countries/MEX.csv:3: [source_url] "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is not a web address (expected a URL starting with http:// or https://)',
    summary(1),
  ] },
  { name: 'url-breaking-out-of-attribute', says: 'an http URL with a double quote (attribute break-out) is rejected', stderr: [
    'countries/MEX.csv:3: [source_url] "https://example.org/\\"onmouseover=\\"alert(1)" is not a web address (expected a URL starting with http:// or https://)',
    summary(1),
  ] },
  { name: 'second-url-javascript', says: 'a javascript: URL hidden after a good one is rejected', stderr: [
    'countries/MEX.csv:3: [source_url] "javascript:alert(1)" is not a web address (expected a URL starting with http:// or https://)',
    summary(1),
  ] },
  { name: 'country-code-path-traversal', says: 'a country code "../../etc" is not ISO3 and never becomes a file name', stderr: [
    'countries/countries.csv:5: [iso3] "../../etc" is not valid (expected three capital letters (ISO 3166-1 alpha-3))',
    summary(1),
  ] },
];

const dirOf = (name: string) => fixture(`bad/${name}`);

describe('the bad-input corpus', () => {
  it('has at least 40 cases, one per folder, each a folder made by make-corpus.mjs', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { cases } = (await import('../fixtures/bad/make-corpus.mjs')) as { cases: Record<string, unknown> };
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(corpus.map((c) => c.name).sort()).toEqual(Object.keys(cases).sort());
  });
});

describe.each(corpus)('bad/$name', (c) => {
  const validate = () => run(['validate', dirOf(c.name), '--today', TODAY]);

  it(`validate prints no stack trace and writes nothing`, async () => {
    const before = await hashTree(dirOf(c.name));
    const r = await validate();
    expect(leaksStack(r.out + r.err)).toBe(false);
    expect(await hashTree(dirOf(c.name))).toEqual(before);
    if (!c.bug) expect(r.code).toBe(1);
  });

  (c.bug ? it.fails : it)(`validate: ${c.says} (exit 1, exact stderr)${c.bug ? ` — known bug: ${c.bug}` : ''}`, async () => {
    const r = await validate();
    expect(lines(r.err)).toEqual(c.stderr);
    expect(r.out).toBe('');
    expect(r.code).toBe(1);
  });

  if (!c.bug && !c.dated) {
    it('score refuses the project with the same messages and writes nothing', async () => {
      const before = await hashTree(dirOf(c.name));
      const r = await run(['score', dirOf(c.name)]);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(lines(r.err)).toEqual([...c.stderr.slice(0, -1), cliText.noDataset]);
      expect(leaksStack(r.err)).toBe(false);
      expect(await hashTree(dirOf(c.name))).toEqual(before);
    });
  }
});

/**
 * Cases whose files would be too big to commit are made at test time in a temp copy of
 * good/minimal.
 */
describe('huge inputs made at test time', () => {
  const MEX = 'countries/MEX.csv';
  const dirs: string[] = [];
  let field: string;
  let rows: string;

  beforeAll(async () => {
    field = await tempCopy('good/minimal');
    rows = await tempCopy('good/minimal');
    dirs.push(field, rows);
    const text = await readFile(join(field, MEX), 'utf8');
    // a 10 MB justification on line 3
    await writeFile(join(field, MEX), text.replace('Detention was ordered by the migration institute without a court.', 'x'.repeat(10_000_000)));
    // 100 000 data rows
    const row = 'judicial_review,2018,no,,Holding orders are administrative.,GDP,,2018\n';
    await writeFile(join(rows, MEX), `indicator,edition,answer,scope,justification,source,source_url,source_date\n${row.repeat(100_000)}`);
    // (a file over 50 MB: see csv_too_large in messages.test.ts)
  });
  afterAll(async () => {
    for (const d of dirs) await cleanup(d);
  });

  const check = async (dir: string, expected: string[]) => {
    const before = await hashTree(dir);
    const t0 = performance.now();
    const r = await run(['validate', dir, '--today', TODAY]);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(lines(r.err)).toEqual(expected);
    expect(r.code).toBe(1);
    expect(leaksStack(r.out + r.err)).toBe(false);
    expect(await hashTree(dir)).toEqual(before);
  };

  it('a 10 MB field is refused on its line and column, with its length and the limit', () => check(field, [
    'countries/MEX.csv:3: [justification] field is 10000000 characters long (limit 100000); shorten it or link to the text instead',
    summary(1),
  ]));

  it('a country file of 100 000 rows is refused at the first row past the limit', () => check(rows, [
    'countries/MEX.csv:20002: file has 100000 rows (limit 20000); is this the right file?',
    summary(1),
  ]));
});
