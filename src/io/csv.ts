import Papa from 'papaparse';
import type { Problem } from '../problems/problem.js';
import { message } from '../problems/messages.js';
import { suggest } from '../problems/suggest.js';
import { countBelow } from '../lib/count-below.js';
import { hasControls, stripControls } from '../problems/controls.js';

export const MAX_FIELD_CHARS = 100_000;
export const MAX_ROWS = 20_000;

/** One data row with the 1-based line on which it starts in its file. */
export interface CsvRow {
  line: number;
  record: Record<string, string>;
}

export interface CsvTable {
  file: string;
  columns: string[];
  rows: CsvRow[];
}

export interface CsvSpec {
  /** Columns the file must have, in their documented order. */
  required: readonly string[];
  /** Columns it may have besides. */
  optional?: readonly string[];
  /** Every column in its documented order, for messages (default: required, then optional). */
  order?: readonly string[];
  /**
   * Other columns are data of the file's own (countries.csv: country attributes such as
   * population or income group): kept without a warning, unless the name is a near miss of a
   * documented column (a typo such as "regoin" is still reported).
   */
  extra?: boolean;
}

/**
 * Parses CSV text into rows keyed by column, keeping the line of every row. Accepts a BOM,
 * CRLF, `;` or tab delimiters, trailing blank lines and quoted fields with newlines. Escape
 * sequences, control characters and direction overrides are removed from every cell read, each
 * such cell with a warning (control_characters). Returns
 * the table (null when the file cannot be read as a table at all) and every problem found.
 */
export function parseCsv(text: string, file: string, spec: CsvSpec): { table: CsvTable | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const err = (p: Omit<Problem, 'file' | 'severity'>, severity: Problem['severity'] = 'error') =>
    problems.push({ ...p, file, severity });
  const expected = spec.order ?? [...spec.required, ...(spec.optional ?? [])];
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    err({ code: 'csv_empty', line: 1, message: message('csv_empty', { columns: spec.order ?? spec.required }) });
    return { table: null, problems };
  }
  const newlines: number[] = [];
  // lines end at LF (or CRLF); a file with no LF at all ends them at CR (old Mac files)
  const eol = text.includes('\n') ? '\n' : '\r';
  for (let i = text.indexOf(eol); i >= 0; i = text.indexOf(eol, i + 1)) newlines.push(i);
  const lineOf = (offset: number) => 1 + countBelow(newlines, offset);

  const raw: { line: number; fields: string[] }[] = [];
  let start = 0;
  let quoteError: { line: number; code: string } | null = null;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
    step: (r) => {
      const line = lineOf(start);
      start = r.meta.cursor;
      for (const e of r.errors) if (e.type === 'Quotes' && !quoteError) quoteError = { line, code: e.code };
      raw.push({ line, fields: r.data });
    },
  });
  if (quoteError) {
    const { line, code } = quoteError as { line: number; code: string };
    err(code === 'MissingQuotes'
      ? { code: 'csv_unclosed_quote', line, message: message('csv_unclosed_quote', {}) }
      : { code: 'csv_bad_quotes', line, message: message('csv_bad_quotes', { detail: code === 'InvalidQuotes' ? 'a " that neither opens nor closes a field' : code }) });
    return { table: null, problems };
  }
  const isBlank = (f: string[]) => f.every((x) => x.trim() === '');
  const headerRow = raw.find((r) => !isBlank(r.fields));
  if (!headerRow) {
    err({ code: 'csv_empty', line: 1, message: message('csv_empty', { columns: spec.order ?? spec.required }) });
    return { table: null, problems };
  }
  const header = headerRow.fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (h === '') continue;
    if (seen.has(h)) err({ code: 'csv_duplicate_column', line: headerRow.line, column: h, value: h, message: message('csv_duplicate_column', { column: h }) });
    seen.add(h);
  }
  for (const c of spec.required) {
    if (!seen.has(c)) err({ code: 'csv_missing_column', line: headerRow.line, column: c, message: message('csv_missing_column', { column: c, columns: expected }) });
  }
  for (const h of header) {
    if (h !== '' && !expected.includes(h) && !(spec.extra && suggest(h, expected) === null)) {
      err({ code: 'csv_unknown_column', line: headerRow.line, column: h, value: h, message: message('csv_unknown_column', { column: h, columns: expected, suggestion: suggest(h, expected) }) }, 'warning');
    }
  }
  if (problems.some((p) => p.severity === 'error')) return { table: null, problems };

  const body = raw.slice(raw.indexOf(headerRow) + 1).filter((r) => !isBlank(r.fields));
  if (body.length > MAX_ROWS) {
    err({ code: 'csv_too_many_rows', line: body[MAX_ROWS]!.line, message: message('csv_too_many_rows', { rows: body.length, max: MAX_ROWS }) });
    return { table: null, problems };
  }
  const rows: CsvRow[] = [];
  for (const r of body) {
    // Excel pads rows with empty trailing cells; those do not make a row ragged.
    let fields = r.fields;
    while (fields.length > header.length && fields[fields.length - 1]!.trim() === '') fields = fields.slice(0, -1);
    if (fields.length !== header.length) {
      err({ code: 'csv_ragged', line: r.line, message: message('csv_ragged', { got: fields.length, expected: header.length }) });
      continue;
    }
    const record: Record<string, string> = {};
    let ok = true;
    header.forEach((h, i) => {
      const v = fields[i]!;
      if (v.length > MAX_FIELD_CHARS) {
        err({ code: 'csv_field_too_long', line: r.line, column: h, message: message('csv_field_too_long', { length: v.length, max: MAX_FIELD_CHARS }) });
        ok = false;
      }
      if (h !== '' && (expected.includes(h) || spec.extra)) {
        // controls and direction overrides never reach the dataset, a report or a terminal
        if (hasControls(v)) {
          const clean = stripControls(v);
          err({ code: 'control_characters', line: r.line, column: h, value: v, message: message('control_characters', { value: v, clean }) }, 'warning');
          record[h] = clean;
        } else record[h] = v;
      }
    });
    for (const c of expected) if (!(c in record)) record[c] = '';
    if (ok) rows.push({ line: r.line, record });
  }
  return { table: { file, columns: header, rows }, problems };
}
