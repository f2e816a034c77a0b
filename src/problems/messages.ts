/**
 * Every validation message, in one catalogue. Messages start lower case, quote the value, say
 * what was expected and, where there is one, the fix. The formatter adds `file:line:`.
 */
import { showControls } from './controls.js';

/**
 * A value quoted for a message, controls shown as `\uXXXX`; a long one cut at 80 characters,
 * e.g. `"xxxx…" (99000 characters)`, so a huge cell never prints megabytes.
 */
const q = (v: unknown) => {
  const s = String(v);
  const quoted = showControls(JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s).replace(/\\u00([0-9a-f]{2})/g, (_, h: string) => `\\u00${h.toUpperCase()}`));
  return s.length > 80 ? `${quoted} (${s.length} characters)` : quoted;
};
const list = (xs: readonly string[], max = 12) =>
  xs.length <= max ? xs.join(', ') : `${xs.slice(0, max).join(', ')}, … (${xs.length} in all)`;
const suggest = (s?: string | null) => (s ? `; did you mean ${q(s)}?` : '');

export const messages = {
  // reading files
  file_missing: (p: { expected: string }) => `file not found (expected ${p.expected})`,
  file_unreadable: (p: { reason: string }) => `file cannot be read (${p.reason})`,
  folder_unreadable: (p: { reason: string }) => `folder cannot be listed (${p.reason}); no country file can be read until it can`,
  file_case_clash: (p: { name: string; other: string }) =>
    `${q(p.name)} and ${q(p.other)} differ only in case (on Windows and macOS they are one file; keep one, named in capitals with .csv)`,
  json_too_deep: (p: { depth: number; max: number }) =>
    `the JSON is nested ${p.depth} levels deep (limit ${p.max}); settings need a handful of levels, so this is not a methodology file`,
  csv_utf16: (_: Record<string, never>) => 'file is UTF-16 text (expected UTF-8; in Excel use "Save As" > "CSV UTF-8")',
  csv_not_utf8: (p: { offset: number }) =>
    `file is not valid UTF-8 (bad byte at offset ${p.offset}; it is probably Latin-1 or Windows-1252: save it as "CSV UTF-8")`,
  csv_nul: (_: Record<string, never>) => 'file contains NUL bytes (expected a text file; is this a spreadsheet saved as binary?)',
  csv_too_large: (p: { bytes: number; max: number }) => `file is ${p.bytes} bytes (limit ${p.max}); split it or remove stray content`,
  csv_empty: (p: { columns: readonly string[] }) => `file is empty (expected a header row: ${p.columns.join(',')})`,
  csv_unclosed_quote: (_: Record<string, never>) => 'a quoted field is never closed (expected a closing " before the end of the file; check this line for a stray quote)',
  csv_bad_quotes: (p: { detail: string }) => `malformed quoting (${p.detail}); double any " inside a quoted field`,
  csv_ragged: (p: { got: number; expected: number }) =>
    `row has ${p.got} fields but the header has ${p.expected} (check for an unquoted comma or a missing cell)`,
  csv_field_too_long: (p: { length: number; max: number }) =>
    `field is ${p.length} characters long (limit ${p.max}); shorten it or link to the text instead`,
  csv_too_many_rows: (p: { rows: number; max: number }) => `file has ${p.rows} rows (limit ${p.max}); is this the right file?`,
  csv_duplicate_column: (p: { column: string }) => `column ${q(p.column)} appears more than once in the header (expected each column once)`,
  csv_missing_column: (p: { column: string; columns: readonly string[] }) =>
    `column ${q(p.column)} is missing from the header (expected columns: ${p.columns.join(',')})`,
  csv_unknown_column: (p: { column: string; columns: readonly string[]; suggestion?: string | null }) =>
    `unknown column ${q(p.column)} is ignored (expected columns: ${p.columns.join(',')})${suggest(p.suggestion)}`,
  // values
  bad_value: (p: { value: string; expected: string }) => `${q(p.value)} is not valid (expected ${p.expected})`,
  required: (p: { column: string }) => `${p.column} is empty (expected a value)`,
  not_finite: (p: { value: string }) => `${q(p.value)} is not a finite number (expected a number such as 12 or 0.5)`,
  control_characters: (p: { value: string; clean: string }) =>
    `text ${q(p.value)} contains invisible control or direction-override characters, which can drive a terminal or disguise text; they are removed, so it reads ${q(p.clean)} (delete them from the file)`,
  unsafe_url: (p: { value: string }) => `${q(p.value)} is not a web address (expected a URL starting with http:// or https://)`,
  // framework
  no_rows: (p: { what: string }) => `file has a header but no ${p.what} (expected at least one row)`,
  duplicate_id: (p: { id: string; first: number }) => `duplicate id ${q(p.id)} (first defined on line ${p.first}; ids must be unique)`,
  duplicate_code: (p: { scale: string; code: string; first: number }) =>
    `scale ${q(p.scale)} lists code ${q(p.code)} twice (first on line ${p.first})`,
  unknown_parent: (p: { parent: string; suggestion?: string | null }) =>
    `unknown parent dimension ${q(p.parent)} (expected an id from indicators/dimensions.csv or blank for the top level)${suggest(p.suggestion)}`,
  hierarchy_cycle: (p: { path: readonly string[] }) =>
    `dimensions form a cycle: ${p.path.join(' → ')} (a dimension cannot be its own ancestor; fix one parent)`,
  reserved_id: (p: { id: string; why: string }) =>
    `id ${q(p.id)} is reserved (${p.why}); rename it, e.g. ${q(`${p.id}_1`)}`,
  id_clash: (p: { id: string }) => `id ${q(p.id)} is used both as a dimension and as an indicator (ids must be unique across both files)`,
  empty_dimension: (p: { id: string }) =>
    `dimension ${q(p.id)} has no indicators and no sub-dimensions (add indicators to it or delete it)`,
  unknown_dimension: (p: { dimension: string; suggestion?: string | null }) =>
    `unknown dimension ${q(p.dimension)} (expected an id from indicators/dimensions.csv)${suggest(p.suggestion)}`,
  missing_scale: (_: Record<string, never>) => 'categorical indicator has no scale (expected the id of a scale in indicators/scales.csv)',
  unknown_scale: (p: { scale: string; suggestion?: string | null }) =>
    `unknown scale ${q(p.scale)} (expected a scale id from indicators/scales.csv)${suggest(p.suggestion)}`,
  missing_direction: (_: Record<string, never>) => 'numeric indicator has no direction (expected "higher" or "lower": which is better)',
  bad_bounds: (p: { lower: number; upper: number }) => `lower bound ${p.lower} is not below upper bound ${p.upper} (swap them?)`,
  scale_order: (p: { scale: string }) =>
    `options of scale ${q(p.scale)} are not listed from lowest to highest score (reorder the rows)`,
  unused_scale: (p: { scale: string }) => `scale ${q(p.scale)} is not used by any indicator`,
  // countries
  bad_country_file: (p: { name: string }) =>
    `${q(p.name)} is not a country file name (expected an ISO3 code listed in countries/countries.csv, e.g. MEX.csv)`,
  unknown_country: (p: { iso3: string; suggestion?: string | null }) =>
    `country ${q(p.iso3)} is not listed in countries/countries.csv (add it there or rename the file)${suggest(p.suggestion)}`,
  no_countries: (_: Record<string, never>) =>
    'the project lists no country, so there is nothing to score (add a row per country: iso3,name,region, then its answers in countries/<ISO3>.csv; "policy-index import" makes both from a wide table)',
  no_answers: (p: { countries: number }) =>
    `the project has no answers: countries.csv lists ${p.countries} ${p.countries === 1 ? 'country' : 'countries'} but no country file holds an answer, so there is nothing to score (add countries/<ISO3>.csv with one row per indicator and edition; "policy-index import" makes them from a wide table)`,
  unknown_indicator: (p: { indicator: string; suggestion?: string | null }) =>
    `unknown indicator ${q(p.indicator)} (expected one of the ids in indicators/indicators.csv)${suggest(p.suggestion)}`,
  duplicate_answer: (p: { indicator: string; edition: number; first: number }) =>
    `indicator ${q(p.indicator)} is answered twice for edition ${p.edition} (first on line ${p.first}; keep one row)`,
  unknown_code: (p: { code: string; indicator: string; codes: readonly string[]; suggestion?: string | null }) =>
    `answer ${q(p.code)} is not an option of ${p.indicator} (expected one of: ${list(p.codes)}; blank = no evidence; na = not applicable)${suggest(p.suggestion)}`,
  not_a_number: (p: { value: string; indicator: string }) =>
    `answer ${q(p.value)} to numeric indicator ${p.indicator} is not a number (expected a decimal number such as 12.5, at most 15 digits before the point; no exponent, hex or spaces; blank = no evidence; na = not applicable)`,
  out_of_bounds: (p: { value: number; lower: number | null; upper: number | null; indicator: string }) =>
    `answer ${p.value} is outside the bounds of ${p.indicator} (expected ${p.lower ?? '−∞'} to ${p.upper ?? '∞'})`,
  missing_source: (_: Record<string, never>) => 'answer has no source (every answer needs a source: fill in source, and source_url where there is one)',
  missing_justification: (_: Record<string, never>) => 'answer has no justification (say in your own words why the evidence earns this answer)',
  future_date: (p: { value: string; today: string }) => `source date ${q(p.value)} is in the future (today is ${p.today})`,
  scope_without_answer: (_: Record<string, never>) => 'scope is set but the answer is blank or na (clear the scope or give an answer)',
  partial_numeric: (p: { indicator: string }) =>
    `scope "partial" applies only to categorical answers; ${p.indicator} is numeric (clear the scope)`,
  // evidence rules (indicators/source-kinds.csv, evidence-rules.csv, answer-cues.csv)
  rule_code: (p: { code: string; indicator: string; codes: readonly string[]; suggestion?: string | null }) =>
    `${q(p.code)} is not an answer of ${p.indicator} (expected one of: ${list(p.codes)}, or blank for no evidence; separate several with |)${suggest(p.suggestion)}`,
  // evidence of an answer (policy-index evidence; validate warns on some)
  evidence_after_reference: (p: { sourceDate: string; referenceDate: string; edition: number; stated: boolean }) => p.stated
    ? `source dated ${p.sourceDate}, after the ${p.edition} edition's reference date ${p.referenceDate}; the justification says which period it describes`
    : `source dated ${p.sourceDate} is after the ${p.edition} edition's reference date ${p.referenceDate} (cite a source from that time, or say in the justification that it describes the earlier period, e.g. "as of ${p.referenceDate.slice(0, 4)}")`,
  evidence_undated: (_: Record<string, never>) => 'source has no date (fill in source_date as YYYY, YYYY-MM or YYYY-MM-DD)',
  evidence_no_url: (_: Record<string, never>) => 'source has no web address, so a reader cannot check it (fill in source_url where there is one)',
  evidence_shared_source: (p: { source: string; answers: number }) =>
    `source ${q(p.source)} carries ${p.answers} answers of this country and edition (check each against the text; add independent sources)`,
  evidence_weak_source: (p: { host: string; kind: string; named: boolean; only: boolean; words: readonly string[] }) => p.named
    ? `source address ${q(p.host)} is listed as weak (${p.kind}) and named as such`
    : `source address ${q(p.host)} is listed as weak (${p.kind}, indicators/source-kinds.csv)${p.only ? ' and the answer has no other source' : ''}: cite the original publisher${p.words.length ? `, or name it as such in the sentence that names ${q(p.host)} (with a word such as ${p.words.map(q).join(', ')})` : ''}`,
  evidence_contradiction: (p: { rule: string; law: string; lawAnswer: string; practice: string; practiceAnswer: string; note: string }) =>
    `${p.law} = ${p.lawAnswer} but ${p.practice} = ${p.practiceAnswer}: ${p.note} (rule ${p.rule} in indicators/evidence-rules.csv; recheck both answers)`,
  evidence_stale: (p: { previous: number; sourceDate: string; years: number }) =>
    `answer unchanged since the ${p.previous} edition and its source (${p.sourceDate}) is ${p.years} years older than the edition (find current evidence)`,
  evidence_copied: (p: { edition: number; line: number | undefined }) =>
    `justification is word for word the one of the ${p.edition} edition${p.line !== undefined ? ` (line ${p.line})` : ''} (say what the evidence shows for this edition)`,
  evidence_label_match: (p: { phrase: string; lower: string }) =>
    `justification says ${q(p.phrase)}, the wording of the lower answer ${q(p.lower)} (indicators/answer-cues.csv): recheck the answer against the scale`,
  // methodology
  methodology_json: (p: { reason: string }) => `methodology is not valid JSON (${p.reason})`,
  methodology_value: (p: { path: string; reason: string }) => `methodology setting ${p.path}: ${p.reason}`,
  methodology_indicator: (p: { indicator: string; suggestion?: string | null }) =>
    `methodology names unknown indicator ${q(p.indicator)}${suggest(p.suggestion)}`,
  screen_unknown_country: (p: { list: string; iso3: string; suggestion?: string | null }) =>
    `methodology screen.${p.list} names unknown country ${q(p.iso3)} (expected an iso3 of countries/countries.csv)${suggest(p.suggestion)}`,
  imputation_group_unknown: (p: { path: string; group: string; columns: readonly string[]; suggestion?: string | null }) =>
    `methodology ${p.path} ${q(p.group)} is not a column of countries/countries.csv (expected region${p.columns.length ? ` or one of its own columns: ${list(p.columns)}` : ', or add the column there'})${suggest(p.suggestion)}`,
  screen_both: (p: { iso3: string }) =>
    `methodology lists ${q(p.iso3)} in both screen.include and screen.exclude (expected at most one: include keeps a country whatever its data, exclude leaves it out)`,
  // denomination
  denominator_categorical: (p: { indicator: string; column: string }) =>
    `indicator ${q(p.indicator)} is categorical, so it cannot be divided by ${q(p.column)} (expected a numeric indicator; clear its denominator)`,
  denominator_unknown: (p: { column: string; columns: readonly string[]; suggestion?: string | null }) =>
    `denominator ${q(p.column)} is not a column of countries/countries.csv (${p.columns.length ? `expected one of its own columns: ${list(p.columns)}` : 'it has no columns besides iso3, name and region: add one, e.g. population'})${suggest(p.suggestion)}`,
  denominator_scale_alone: (p: { value: string }) =>
    `denominator_scale is ${q(p.value)} but denominator is blank (name the countries/countries.csv column to divide by, or clear denominator_scale)`,
  denominator_not_number: (p: { column: string; iso3: string; value: string; indicators: readonly string[] }) =>
    `${p.column} of ${p.iso3} is ${q(p.value)}, and ${list(p.indicators)} ${p.indicators.length === 1 ? 'is' : 'are'} divided by it (expected a number such as 8735.45; leave the cell blank if it is not known)`,
  denominator_zero: (p: { column: string; iso3: string; indicators: readonly string[] }) =>
    `${p.column} of ${p.iso3} is 0, and ${list(p.indicators)} ${p.indicators.length === 1 ? 'is' : 'are'} divided by it (expected a number other than 0; leave the cell blank if it is not known)`,
  denominator_blank: (p: { column: string; iso3: string; indicators: readonly string[] }) =>
    `${p.column} of ${p.iso3} is blank, so its ${list(p.indicators)} (divided by ${p.column}) ${p.indicators.length === 1 ? 'has' : 'have'} no value (fill in ${p.column} to score ${p.indicators.length === 1 ? 'it' : 'them'})`,
} as const;

export type MessageCode = keyof typeof messages;
export type MessageParams<C extends MessageCode> = Parameters<(typeof messages)[C]>[0];

/** The message for a code, with its parameters filled in. */
export function message<C extends MessageCode>(code: C, params: MessageParams<C>): string {
  return (messages[code] as (p: MessageParams<C>) => string)(params);
}
