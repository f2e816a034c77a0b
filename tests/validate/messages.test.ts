/**
 * Every code of the message catalogue (src/problems/messages.ts), each produced from a real bad
 * input and its text pinned as the user reads it (file:line: [column] message). A code added to
 * the catalogue without a row here fails the last test.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/project.js';
import { formatProblem } from '../../src/validate/format.js';
import { messages, type MessageCode } from '../../src/problems/messages.js';
import type { Problem } from '../../src/problems/problem.js';
import { evidenceFlags, flagCodes } from '../../src/validate/evidence/flags.js';
import { evidenceProblems } from '../../src/validate/evidence/problems.js';
import { cleanup, fixture, TODAY, tempCopy } from '../cli/helpers.js';

/** Where the bad input comes from: a corpus folder, or an edit of a temp copy of good/minimal. */
type Source = { bad: string } | { edit: (dir: string) => Promise<void> } | { evidence: 'all flags' };
/** tests/fixtures/evidence, every evidence flag as a problem (validate itself reports only some). */
const EVIDENCE: Source = { evidence: 'all flags' };

const MEX = 'countries/MEX.csv';
const temps: string[] = [];
afterAll(async () => {
  for (const d of temps) await cleanup(d);
});

const editText = async (dir: string, file: string, fn: (t: string) => string) =>
  writeFile(join(dir, file), fn(await readFile(join(dir, file), 'utf8')));

const HEADER = 'indicator,edition,answer,scope,justification,source,source_url,source_date\n';

/**
 * good/minimal with a denominator column in indicators.csv (`den`: indicator → [denominator,
 * denominator_scale]) and a population column in countries.csv (`pop`: iso3 → cell; others 1000).
 */
const denominated = (den: Record<string, [string, string]>, pop: Record<string, string> = {}) => async (d: string) => {
  await editText(d, 'indicators/indicators.csv', (t) => t.trimEnd().split('\n').map((line, k) => {
    if (k === 0) return `${line},denominator,denominator_scale`;
    const [a, b] = den[line.split(',')[0]!] ?? ['', ''];
    return `${line},${a},${b}`;
  }).join('\n') + '\n');
  await editText(d, 'countries/countries.csv', (t) => t.trimEnd().split('\n').map((line, k) =>
    (k === 0 ? `${line},population` : `${line},${pop[line.split(',')[0]!] ?? '1000'}`)).join('\n') + '\n');
};

const rows: { code: MessageCode; from: Source; text: string; severity?: 'warning' }[] = [
  // reading files
  { code: 'file_missing', from: { bad: 'missing-dimensions-file' },
    text: 'indicators/dimensions.csv: file not found (expected indicators/dimensions.csv with columns id,name,parent)' },
  { code: 'file_unreadable', from: { edit: async (d) => { await rm(join(d, 'indicators/dimensions.csv')); await mkdir(join(d, 'indicators/dimensions.csv')); } },
    text: 'indicators/dimensions.csv: file cannot be read (it is a folder; expected a file)' },
  { code: 'folder_unreadable', from: { edit: async (d) => { await rm(join(d, 'countries'), { recursive: true }); await writeFile(join(d, 'countries'), 'a file where the folder should be\n'); } },
    text: 'countries/: folder cannot be listed (a part of the path is a file; expected a folder); no country file can be read until it can' },
  { code: 'file_case_clash', from: { edit: async (d) => { await writeFile(join(d, 'countries/MEX.CSV'), await readFile(join(d, 'countries/MEX.csv'))); } },
    text: 'countries/MEX.CSV: "MEX.CSV" and "MEX.csv" differ only in case (on Windows and macOS they are one file; keep one, named in capitals with .csv)' },
  { code: 'csv_utf16', from: { bad: 'csv-utf16le-with-bom' },
    text: 'countries/countries.csv: file is UTF-16 text (expected UTF-8; in Excel use "Save As" > "CSV UTF-8")' },
  { code: 'csv_not_utf8', from: { bad: 'csv-latin1-bytes' },
    text: 'countries/MEX.csv:2: file is not valid UTF-8 (bad byte at offset 204; it is probably Latin-1 or Windows-1252: save it as "CSV UTF-8")' },
  { code: 'csv_nul', from: { bad: 'csv-nul-bytes' },
    text: 'countries/MEX.csv:4: file contains NUL bytes (expected a text file; is this a spreadsheet saved as binary?)' },
  { code: 'csv_too_large', from: { edit: (d) => writeFile(join(d, MEX), Buffer.alloc(50 * 1024 * 1024 + 1, 0x20)) },
    text: 'countries/MEX.csv: file is 52428801 bytes (limit 52428800); split it or remove stray content' },
  { code: 'csv_empty', from: { bad: 'csv-empty-file' },
    text: 'countries/MEX.csv:1: file is empty (expected a header row: indicator,edition,answer,scope,justification,source,source_url,source_date)' },
  { code: 'csv_unclosed_quote', from: { bad: 'csv-unclosed-quote' },
    text: 'countries/MEX.csv:9: a quoted field is never closed (expected a closing " before the end of the file; check this line for a stray quote)' },
  { code: 'csv_bad_quotes', from: { bad: 'csv-stray-quote-in-field' },
    text: 'countries/MEX.csv:3: malformed quoting (a \" that neither opens nor closes a field); double any " inside a quoted field' },
  { code: 'csv_ragged', from: { bad: 'csv-ragged-row' },
    text: 'countries/MEX.csv:3: row has 9 fields but the header has 8 (check for an unquoted comma or a missing cell)' },
  { code: 'csv_field_too_long', from: { edit: (d) => editText(d, MEX, (t) => t.replace('Detention was ordered by the migration institute without a court.', 'y'.repeat(100_001))) },
    text: 'countries/MEX.csv:3: [justification] field is 100001 characters long (limit 100000); shorten it or link to the text instead' },
  { code: 'csv_too_many_rows', from: { edit: (d) => writeFile(join(d, MEX), HEADER + 'judicial_review,2018,no,,x,y,,\n'.repeat(20_001)) },
    text: 'countries/MEX.csv:20002: file has 20001 rows (limit 20000); is this the right file?' },
  { code: 'csv_duplicate_column', from: { bad: 'csv-duplicate-column' },
    text: 'countries/MEX.csv:1: [source] column "source" appears more than once in the header (expected each column once)' },
  { code: 'csv_missing_column', from: { bad: 'csv-missing-column' },
    text: 'countries/MEX.csv:1: [justification] column "justification" is missing from the header (expected columns: indicator,edition,answer,scope,justification,source,source_url,source_date)' },
  { code: 'csv_unknown_column', severity: 'warning', from: { edit: (d) => editText(d, MEX, (t) => t.replace('source_url', 'sourceurl')) },
    text: 'countries/MEX.csv:1: warning: [sourceurl] unknown column "sourceurl" is ignored (expected columns: indicator,edition,answer,scope,justification,source,source_url,source_date); did you mean "source_url"?' },
  // values
  { code: 'bad_value', from: { bad: 'bad-scope' },
    text: 'countries/MEX.csv:8: [scope] "partly" is not valid (expected one of: full, partial)' },
  { code: 'required', from: { bad: 'country-name-blank' },
    text: 'countries/countries.csv:4: [name] name is empty (expected a value)' },
  { code: 'not_finite', from: { bad: 'numeric-answer-nan' },
    text: 'countries/MEX.csv:5: [answer] "NaN" is not a finite number (expected a number such as 12 or 0.5)' },
  { code: 'control_characters', severity: 'warning', from: { edit: (d) => editText(d, 'countries/countries.csv', (t) => t.replace('MEX,Mexico,', 'MEX,Mex\u202Eocix\u001B]8;;https://x.test\u0007\u009B2J,')) },
    text: 'countries/countries.csv:4: warning: [name] text "Mex\\u202Eocix\\u001B]8;;https://x.test\\u0007\\u009B2J" contains invisible control or direction-override characters, which can drive a terminal or disguise text; they are removed, so it reads "Mexocix" (delete them from the file)' },
  { code: 'unsafe_url', from: { bad: 'script-and-javascript-url' },
    text: 'countries/MEX.csv:3: [source_url] "javascript:alert(1)" is not a web address (expected a URL starting with http:// or https://)' },
  // framework
  { code: 'no_rows', from: { bad: 'csv-header-only-indicators' },
    text: 'indicators/indicators.csv:2: file has a header but no indicators (expected at least one row)' },
  { code: 'duplicate_id', from: { bad: 'duplicate-indicator-id' },
    text: 'indicators/indicators.csv:6: [id] duplicate id "judicial_review" (first defined on line 3; ids must be unique)' },
  { code: 'duplicate_code', from: { bad: 'duplicate-scale-code' },
    text: 'indicators/scales.csv:7: [code] scale "yes_no" lists code "yes" twice (first on line 3)' },
  { code: 'unknown_parent', from: { bad: 'orphan-dimension' },
    text: 'indicators/dimensions.csv:3: [parent] unknown parent dimension "LAX" (expected an id from indicators/dimensions.csv or blank for the top level); did you mean "LAW"?' },
  { code: 'hierarchy_cycle', from: { bad: 'hierarchy-cycle' },
    text: 'indicators/dimensions.csv:2: [parent] dimensions form a cycle: LAW → PRA → LAW (a dimension cannot be its own ancestor; fix one parent)' },
  { code: 'id_clash', from: { bad: 'id-used-by-dimension-and-indicator' },
    text: 'indicators/indicators.csv:6: [id] id "PRA" is used both as a dimension and as an indicator (ids must be unique across both files)' },
  { code: 'empty_dimension', from: { bad: 'empty-dimension' },
    text: 'indicators/dimensions.csv:4: [id] dimension "DET" has no indicators and no sub-dimensions (add indicators to it or delete it)' },
  { code: 'unknown_dimension', from: { bad: 'unknown-dimension' },
    text: 'indicators/indicators.csv:3: [dimension] unknown dimension "LAWS" (expected an id from indicators/dimensions.csv); did you mean "LAW"?' },
  { code: 'missing_scale', from: { bad: 'categorical-without-scale' },
    text: 'indicators/indicators.csv:3: [scale] categorical indicator has no scale (expected the id of a scale in indicators/scales.csv)' },
  { code: 'unknown_scale', from: { bad: 'unknown-scale' },
    text: 'indicators/indicators.csv:3: [scale] unknown scale "three_steps" (expected a scale id from indicators/scales.csv); did you mean "three_step"?' },
  { code: 'missing_direction', from: { bad: 'numeric-without-direction' },
    text: 'indicators/indicators.csv:5: [direction] numeric indicator has no direction (expected "higher" or "lower": which is better)' },
  { code: 'bad_bounds', from: { bad: 'bounds-swapped' },
    text: 'indicators/indicators.csv:5: [lower] lower bound 500 is not below upper bound 0 (swap them?)' },
  { code: 'scale_order', severity: 'warning', from: { edit: (d) => editText(d, 'indicators/scales.csv', (t) => t.replace('three_step,no,Not at all,0\n', '').replace('three_step,yes,For everyone,100\n', 'three_step,yes,For everyone,100\nthree_step,no,Not at all,0\n')) },
    text: 'indicators/scales.csv:4: warning: [score] options of scale "three_step" are not listed from lowest to highest score (reorder the rows)' },
  { code: 'unused_scale', severity: 'warning', from: { edit: (d) => editText(d, 'indicators/scales.csv', (t) => `${t}four_step,none,None,0\n`) },
    text: 'indicators/scales.csv:7: warning: [scale] scale "four_step" is not used by any indicator' },
  // countries
  { code: 'bad_country_file', from: { bad: 'country-file-lower-case' },
    text: 'countries/mex.csv: "mex.csv" is not a country file name (expected an ISO3 code listed in countries/countries.csv, e.g. MEX.csv)' },
  { code: 'unknown_country', from: { edit: async (d) => writeFile(join(d, 'countries/BRA.csv'), await readFile(join(d, 'countries/COL.csv'))) },
    text: 'countries/BRA.csv: country "BRA" is not listed in countries/countries.csv (add it there or rename the file)' },
  { code: 'no_countries', from: { edit: async (d) => { for (const f of ['COL', 'ECU', 'MEX']) await rm(join(d, `countries/${f}.csv`)); await writeFile(join(d, 'countries/countries.csv'), 'iso3,name,region\n'); } },
    text: 'countries/countries.csv:2: the project lists no country, so there is nothing to score (add a row per country: iso3,name,region, then its answers in countries/<ISO3>.csv; "policy-index import" makes both from a wide table)' },
  { code: 'no_answers', from: { edit: async (d) => { for (const f of ['COL', 'ECU', 'MEX']) await rm(join(d, `countries/${f}.csv`)); } },
    text: 'countries/countries.csv: the project has no answers: countries.csv lists 3 countries but no country file holds an answer, so there is nothing to score (add countries/<ISO3>.csv with one row per indicator and edition; "policy-index import" makes them from a wide table)' },
  { code: 'unknown_indicator', from: { bad: 'unknown-indicator' },
    text: 'countries/MEX.csv:3: [indicator] unknown indicator "judicial_reviw" (expected one of the ids in indicators/indicators.csv); did you mean "judicial_review"?' },
  { code: 'duplicate_answer', from: { bad: 'duplicate-answer-row' },
    text: 'countries/MEX.csv:4: [indicator] indicator "judicial_review" is answered twice for edition 2018 (first on line 3; keep one row)' },
  { code: 'unknown_code', from: { bad: 'code-outside-scale' },
    text: 'countries/MEX.csv:6: [answer] answer "yess" is not an option of child_detention_ban (expected one of: no, yes; blank = no evidence; na = not applicable); did you mean "yes"?' },
  { code: 'not_a_number', from: { bad: 'numeric-answer-not-a-number' },
    text: 'countries/MEX.csv:5: [answer] answer "about 120" to numeric indicator children_detained is not a number (expected a decimal number such as 12.5, at most 15 digits before the point; no exponent, hex or spaces; blank = no evidence; na = not applicable)' },
  { code: 'out_of_bounds', from: { bad: 'numeric-answer-out-of-bounds' },
    text: 'countries/MEX.csv:5: [answer] answer 600 is outside the bounds of children_detained (expected 0 to 500)' },
  { code: 'missing_source', from: { bad: 'answer-without-source' },
    text: 'countries/MEX.csv:4: [source] answer has no source (every answer needs a source: fill in source, and source_url where there is one)' },
  { code: 'missing_justification', from: { bad: 'answer-without-justification' },
    text: 'countries/MEX.csv:4: [justification] answer has no justification (say in your own words why the evidence earns this answer)' },
  { code: 'future_date', from: { bad: 'source-date-in-future' },
    text: 'countries/MEX.csv:9: [source_date] source date "2025-06" is in the future (today is 2025-01-01)' },
  { code: 'scope_without_answer', from: { bad: 'scope-without-answer' },
    text: 'countries/COL.csv:9: [scope] scope is set but the answer is blank or na (clear the scope or give an answer)' },
  { code: 'partial_numeric', from: { bad: 'partial-scope-on-numeric' },
    text: 'countries/MEX.csv:5: [scope] scope "partial" applies only to categorical answers; children_detained is numeric (clear the scope)' },
  // evidence rules
  { code: 'rule_code', from: { edit: (d) => writeFile(join(d, 'indicators/evidence-rules.csv'), 'id,law,law_answers,practice,practice_answers,note\nr,child_detention_ban,yes,judicial_review,none,x\n') },
    text: 'indicators/evidence-rules.csv:2: [practice_answers] "none" is not an answer of judicial_review (expected one of: no, partial, yes, or blank for no evidence; separate several with |); did you mean "no"?' },
  // evidence of an answer
  { code: 'evidence_after_reference', severity: 'warning', from: EVIDENCE,
    text: 'countries/MEX.csv:3: warning: [source_date] source dated 2019-03 is after the 2018 edition\'s reference date 2018-06-30 (cite a source from that time, or say in the justification that it describes the earlier period, e.g. "as of 2018")' },
  { code: 'evidence_undated', severity: 'warning', from: EVIDENCE,
    text: 'countries/MEX.csv:5: warning: [source_date] source has no date (fill in source_date as YYYY, YYYY-MM or YYYY-MM-DD)' },
  { code: 'evidence_no_url', severity: 'warning', from: EVIDENCE,
    text: 'countries/MEX.csv:5: warning: [source_url] source has no web address, so a reader cannot check it (fill in source_url where there is one)' },
  { code: 'evidence_shared_source', severity: 'warning', from: EVIDENCE,
    text: 'countries/COL.csv:7: warning: [source] source "https://www.defensoria.gov.co/informe-2024" carries 3 answers of this country and edition (check each against the text; add independent sources)' },
  { code: 'evidence_weak_source', severity: 'warning', from: EVIDENCE,
    text: 'countries/MEX.csv:8: warning: [source_url] source address "docslib.org" is listed as weak (document-sharing, indicators/source-kinds.csv) and the answer has no other source: cite the original publisher, or name it as such in the sentence that names "docslib.org" (with a word such as "mirror", "copy", "via")' },
  { code: 'evidence_contradiction', severity: 'warning', from: EVIDENCE,
    text: 'countries/ECU.csv:2: warning: [answer] child_detention_ban = yes but alternatives_in_practice = no: a legal ban on detaining children while no family is placed in the community (rule ban_vs_practice in indicators/evidence-rules.csv; recheck both answers)' },
  { code: 'evidence_stale', severity: 'warning', from: EVIDENCE,
    text: 'countries/COL.csv:6: warning: [source_date] answer unchanged since the 2018 edition and its source (2015-05) is 9 years older than the edition (find current evidence)' },
  { code: 'evidence_copied', severity: 'warning', from: EVIDENCE,
    text: 'countries/MEX.csv:7: warning: [justification] justification is word for word the one of the 2018 edition (line 3) (say what the evidence shows for this edition)' },
  { code: 'evidence_label_match', severity: 'warning', from: EVIDENCE,
    text: 'countries/COL.csv:7: warning: [justification] justification says "never reviewed", the wording of the lower answer "no" (indicators/answer-cues.csv): recheck the answer against the scale' },
  // methodology
  { code: 'methodology_json', from: { bad: 'methodology-invalid-json' },
    text: 'indicators/methodology.json:3: methodology is not valid JSON (Expected double-quoted property name in JSON at position 99)' },
  { code: 'json_too_deep', from: { edit: async (d) => { await writeFile(join(d, 'indicators/methodology.json'), `{"ranking": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`); } },
    text: 'indicators/methodology.json: the JSON is nested 20001 levels deep (limit 64); settings need a handful of levels, so this is not a methodology file' },
  { code: 'reserved_id', from: { edit: async (d) => editText(d, 'indicators/dimensions.csv', (t) => t.replaceAll('LAW', 'constructor')) },
    text: 'indicators/dimensions.csv:2: [id] id "constructor" is reserved (it is a built-in property of JavaScript objects); rename it, e.g. "constructor_1"' },
  { code: 'methodology_value', from: { bad: 'methodology-unknown-setting-value' },
    text: 'indicators/methodology.json: [aggregate.default.method] methodology setting aggregate.default.method: "median" is not valid (expected one of: arithmetic, geometric, harmonic, generalised, copeland)' },
  { code: 'screen_unknown_country', from: { edit: (d) => writeFile(join(d, 'indicators/methodology.json'), '{"screen": {"exclude": ["MXE"]}}') },
    text: 'indicators/methodology.json: [screen.exclude] methodology screen.exclude names unknown country "MXE" (expected an iso3 of countries/countries.csv)' },
  { code: 'imputation_group_unknown', from: { edit: (d) => writeFile(join(d, 'indicators/methodology.json'), '{"imputation": {"method": "groupMedian", "group": "income"}}') },
    text: 'indicators/methodology.json: [imputation.group] methodology imputation.group "income" is not a column of countries/countries.csv (expected region, or add the column there)' },
  { code: 'screen_both', from: { edit: (d) => writeFile(join(d, 'indicators/methodology.json'), '{"screen": {"include": ["MEX"], "exclude": ["MEX"]}}') },
    text: 'indicators/methodology.json: [screen] methodology lists "MEX" in both screen.include and screen.exclude (expected at most one: include keeps a country whatever its data, exclude leaves it out)' },
  // denomination
  { code: 'denominator_categorical', from: { edit: denominated({ child_detention_ban: ['population', ''] }) },
    text: 'indicators/indicators.csv:2: [denominator] indicator "child_detention_ban" is categorical, so it cannot be divided by "population" (expected a numeric indicator; clear its denominator)' },
  { code: 'denominator_unknown', from: { edit: denominated({ children_detained: ['populaton', ''] }) },
    text: 'indicators/indicators.csv:5: [denominator] denominator "populaton" is not a column of countries/countries.csv (expected one of its own columns: population); did you mean "population"?' },
  { code: 'denominator_scale_alone', from: { edit: denominated({ children_detained: ['', '1000'] }) },
    text: 'indicators/indicators.csv:5: [denominator_scale] denominator_scale is "1000" but denominator is blank (name the countries/countries.csv column to divide by, or clear denominator_scale)' },
  { code: 'denominator_not_number', from: { edit: denominated({ children_detained: ['population', '100000'] }, { MEX: 'n/a' }) },
    text: 'countries/countries.csv:4: [population] population of MEX is "n/a", and children_detained is divided by it (expected a number such as 8735.45; leave the cell blank if it is not known)' },
  { code: 'denominator_zero', from: { edit: denominated({ children_detained: ['population', '100000'] }, { COL: '0' }) },
    text: 'countries/countries.csv:2: [population] population of COL is 0, and children_detained is divided by it (expected a number other than 0; leave the cell blank if it is not known)' },
  { code: 'denominator_blank', severity: 'warning', from: { edit: denominated({ children_detained: ['population', '100000'] }, { ECU: '' }) },
    text: 'countries/countries.csv:3: warning: [population] population of ECU is blank, so its children_detained (divided by population) has no value (fill in population to score it)' },
  { code: 'methodology_indicator', from: { bad: 'methodology-unknown-indicator' },
    text: 'indicators/methodology.json: [normalise.byIndicator.child_detained] methodology names unknown indicator "child_detained"; did you mean "children_detained"?' },
];

/** The problems of the project a source describes (a temp copy for edits), loaded once. */
const loaded = new Map<Source, Promise<Problem[]>>();
function problemsOf(from: Source): Promise<Problem[]> {
  let p = loaded.get(from);
  if (!p) {
    p = (async () => {
      let dir: string;
      if ('evidence' in from) {
        const { dataset } = await loadProject(fixture('evidence'), { today: TODAY });
        return evidenceProblems(evidenceFlags(dataset!), new Set(flagCodes));
      }
      if ('bad' in from) dir = fixture(`bad/${from.bad}`);
      else {
        dir = await tempCopy('good/minimal');
        temps.push(dir);
        await from.edit(dir);
      }
      return (await loadProject(dir, { today: TODAY })).problems;
    })();
    loaded.set(from, p);
  }
  return p;
}

describe('the message catalogue, each code from a real bad input', () => {
  it.each(rows)('$code reads: $text', async ({ code, from, text, severity }) => {
    const problems = await problemsOf(from);
    const p = problems.find((x) => x.code === code);
    expect(p, `no ${code} among: ${problems.map((x) => x.code).join(', ')}`).toBeDefined();
    expect(p!.severity).toBe(severity ?? 'error');
    expect(formatProblem(p!)).toBe(text);
  });

  it('every message starts lower case after its location and is one line', async () => {
    for (const { from, code } of rows) {
      const p = (await problemsOf(from)).find((x) => x.code === code)!;
      expect(p.message, code).toMatch(/^[a-z"]/);
      expect(p.message, code).not.toMatch(/[\r\n]/);
    }
  });

  it('covers every code of the catalogue, and nothing else', () => {
    const covered = [...new Set(rows.map((r) => r.code))].sort();
    expect(covered).toEqual(Object.keys(messages).sort());
    expect(rows.length).toBe(covered.length);
  });
});
