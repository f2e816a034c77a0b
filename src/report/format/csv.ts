import type { Table } from '../tables/table.js';

const FORMULA = /^[=+\-@\t\r]/;

/**
 * One CSV field. Text that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) is neutralised with a leading apostrophe (OWASP's advice); numbers are
 * written as numbers. Fields with commas, quotes or newlines are quoted.
 * @example csvField('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A table as CSV: header of column keys, LF line ends, numbers rounded to each column's digits. */
export function toCsv(table: Table): string {
  const lines = [table.columns.map((c) => csvField(c.key)).join(',')];
  for (const row of table.rows) {
    lines.push(row.map((v, i) => {
      const d = table.columns[i]?.digits;
      return csvField(typeof v === 'number' && d !== undefined ? Number(v.toFixed(d)) : v);
    }).join(','));
  }
  return `${lines.join('\n')}\n`;
}
