import type { CsvTable } from '../io/csv.js';
import { DECIMAL } from '../schema/common.js';
import { paths } from '../io/project.js';
import { AnswerRow } from '../schema/answer.js';
import { Country, Iso3, countryColumns } from '../schema/country.js';
import { countryDenominatorProblems } from './denominators.js';
import type { Answer, AnswerValue } from '../schema/dataset.js';
import type { Indicator } from '../schema/indicator.js';
import type { ScaleOption } from '../schema/scale.js';
import type { Problem } from '../problems/problem.js';
import { message } from '../problems/messages.js';
import { parseRows } from './rows.js';
import { suggest } from '../problems/suggest.js';
import { unique } from './framework.js';
import type { CountryFileResult } from './reuse.js';

const URL_OK = /^https?:\/\/[^\s<>"]+$/i;

/** Checks countries.csv and every country file against the framework. */
export function validateCountries(
  files: { countries: CsvTable | null; countryFiles: { name: string; table: CsvTable | null; skipped?: true }[] },
  indicators: readonly Indicator[],
  scales: Record<string, ScaleOption[]>,
  options: {
    today: string; brokenIndicators?: Set<string>; brokenScales?: Set<string>; indicatorsAvailable?: boolean;
    /** What an earlier run found in the country files that were not read this time (`skipped`), by file name. */
    reused?: ReadonlyMap<string, Pick<CountryFileResult, 'answers' | 'problems'>>;
    /** Called after each country file is checked: `done` of `total`, the last one `name`. */
    onCountryFile?: (done: number, total: number, name: string) => void;
  },
): { countries: Country[]; answers: Answer[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed = files.countries ? parseRows(files.countries, Country) : { rows: [], failed: [], problems: [] };
  problems.push(...parsed.problems);
  // countries.csv's own columns (besides iso3, name, region) are each country's attributes
  const own = (files.countries?.columns ?? []).filter((c) => c !== '' && !(countryColumns as readonly string[]).includes(c));
  const recordAt = new Map((files.countries?.rows ?? []).map((r) => [r.line, r.record]));
  const located = unique(parsed.rows, (c) => c.iso3, paths.countries, problems, 'iso3').map(({ line, row }) => {
    const record = recordAt.get(line) ?? {};
    const attributes = Object.fromEntries(own.map((k) => [k, (record[k] ?? '').trim()]).filter(([, v]) => v !== ''));
    return { line, row: own.length > 0 ? { ...row, attributes } : row };
  });
  problems.push(...countryDenominatorProblems(located, indicators, own));
  const countries = located.map((c) => c.row);
  const known = new Set(countries.map((c) => c.iso3));
  const brokenCountries = new Set(parsed.failed.map((r) => r.iso3?.trim() ?? ''));
  const countriesAvailable = files.countries !== null;
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const answers: Answer[] = [];

  const total = files.countryFiles.length;
  for (const [i, { name, table, skipped }] of files.countryFiles.entries()) {
    if (i > 0) options.onCountryFile?.(i, total, files.countryFiles[i - 1]!.name);
    const file = `${paths.countriesDir}/${name}`;
    if (skipped) {
      const earlier = options.reused?.get(name);
      if (!earlier) throw new Error(`${file} was not read and nothing earlier is known of it`);
      problems.push(...earlier.problems);
      answers.push(...earlier.answers);
      continue;
    }
    const iso3 = name.slice(0, -4);
    if (!Iso3.safeParse(iso3).success) {
      problems.push({ code: 'bad_country_file', severity: 'error', file, value: name, message: message('bad_country_file', { name }) });
      continue;
    }
    if (!known.has(iso3)) {
      if (!countriesAvailable || brokenCountries.has(iso3)) continue;
      problems.push({ code: 'unknown_country', severity: 'error', file, value: iso3, message: message('unknown_country', { iso3, suggestion: suggest(iso3, known) }) });
      continue;
    }
    if (!table) continue;
    if (table.rows.length === 0) {
      problems.push({ code: 'no_rows', severity: 'error', file, line: 2, message: message('no_rows', { what: 'answers' }) });
      continue;
    }
    const rows = parseRows(table, AnswerRow);
    problems.push(...rows.problems);
    const first = new Map<string, number>();
    for (const { line, row } of rows.rows) {
      const err = (code: Problem['code'], column: string, value: string, text: string, severity: Problem['severity'] = 'error') =>
        problems.push({ code, severity, file, line, column, value, message: text });
      const indicator = byId.get(row.indicator);
      if (!indicator) {
        if (options.brokenIndicators?.has(row.indicator) || options.indicatorsAvailable === false) continue;
        err('unknown_indicator', 'indicator', row.indicator, message('unknown_indicator', { indicator: row.indicator, suggestion: suggest(row.indicator, byId.keys()) }));
        continue;
      }
      const key = `${row.indicator}\u0000${row.edition}`;
      const dup = first.get(key);
      if (dup !== undefined) {
        err('duplicate_answer', 'indicator', row.indicator, message('duplicate_answer', { indicator: row.indicator, edition: row.edition, first: dup }));
        continue;
      }
      first.set(key, line);
      const value = resolveAnswer(row.answer, indicator, scales, (code, text) => err(code, 'answer', row.answer ?? '', text), options.brokenScales);
      if (value === null) continue;
      const answered = value.kind === 'code' || value.kind === 'number';
      if (answered) {
        if (!row.source) err('missing_source', 'source', '', message('missing_source', {}));
        if (!row.justification) err('missing_justification', 'justification', '', message('missing_justification', {}));
      } else if (row.scope !== null) {
        err('scope_without_answer', 'scope', row.scope, message('scope_without_answer', {}));
      }
      if (row.scope === 'partial' && value.kind === 'number') err('partial_numeric', 'scope', row.scope, message('partial_numeric', { indicator: indicator.id }));
      // several URLs are separated by ";" before the next "http(s)://"; a ";" inside a URL stays
      const sourceUrls = (row.source_url ?? '').split(/\s*;\s*(?=[a-z][a-z0-9+.-]*:)/i).map((u) => u.trim().replace(/\s*;$/, '')).filter((u) => u !== '');
      for (const u of sourceUrls) if (!URL_OK.test(u)) err('unsafe_url', 'source_url', u, message('unsafe_url', { value: u }));
      if (row.source_date !== null && row.source_date > options.today.slice(0, row.source_date.length)) {
        err('future_date', 'source_date', row.source_date, message('future_date', { value: row.source_date, today: options.today }));
      }
      answers.push({
        country: iso3, indicator: indicator.id, edition: row.edition, value,
        scope: row.scope ?? 'full', justification: row.justification, source: row.source,
        sourceUrls, sourceDate: row.source_date, at: { file, line },
      });
    }
  }
  if (total > 0) options.onCountryFile?.(total, total, files.countryFiles[total - 1]!.name);
  return { countries, answers, problems };
}

/** An answer cell → its value for this indicator, or null after reporting why it is invalid. */
function resolveAnswer(
  raw: string | null,
  indicator: Indicator,
  scales: Record<string, ScaleOption[]>,
  report: (code: Problem['code'], text: string) => void,
  brokenScales?: Set<string>,
): AnswerValue | null {
  if (raw === null) return { kind: 'missing' };
  // a code may carry spaces around it (spreadsheets leave them); a number may not (see DECIMAL)
  const cell = raw.trim();
  if (cell.toLowerCase() === 'na') return { kind: 'na' };
  if (indicator.type === 'categorical') {
    const options = scales[indicator.scale ?? ''];
    if (!options) return null; // the indicator's own problem is reported already
    const option = options.find((o) => o.code === cell);
    if (option) return { kind: 'code', code: option.code, score: option.score };
    if (brokenScales?.has(indicator.scale ?? '')) return null; // its scale's own problem is reported
    const codes = options.map((o) => o.code);
    report('unknown_code', message('unknown_code', { code: cell, indicator: indicator.id, codes, suggestion: suggest(cell, codes) }));
    return null;
  }
  const n = DECIMAL.test(raw) ? Number(raw) : Number.NaN;
  if (!DECIMAL.test(raw)) {
    report(/^[-+]?(nan|inf(inity)?)$/i.test(cell) ? 'not_finite' : 'not_a_number', /^[-+]?(nan|inf(inity)?)$/i.test(cell)
      ? message('not_finite', { value: raw })
      : message('not_a_number', { value: raw, indicator: indicator.id }));
    return null;
  }
  if (!Number.isFinite(n)) {
    report('not_finite', message('not_finite', { value: cell }));
    return null;
  }
  const boundsValid = indicator.lower === null || indicator.upper === null || indicator.lower < indicator.upper;
  if (boundsValid && ((indicator.lower !== null && n < indicator.lower) || (indicator.upper !== null && n > indicator.upper))) {
    report('out_of_bounds', message('out_of_bounds', { value: n, lower: indicator.lower, upper: indicator.upper, indicator: indicator.id }));
    return null;
  }
  return { kind: 'number', value: n };
}
