import { toCsv } from '../report/format/csv.js';
import { toJson } from '../report/format/json.js';
import { toMarkdown } from '../report/format/markdown.js';
import { toText } from '../report/format/text.js';
import type { Table } from '../report/tables/table.js';
import type { Io } from './io.js';

const BAND_COLOURS: Record<string, string> = { Leading: '32', Advanced: '36', Partial: '33', Limited: '35', Minimal: '31' };

/** Writes a table to stdout in the chosen format; band names coloured only on a terminal. */
export function writeTable(table: Table, format: 'table' | 'csv' | 'json' | 'md', io: Io): void {
  if (format === 'csv') return io.out(toCsv(table));
  if (format === 'json') return io.out(toJson(table));
  if (format === 'md') return io.out(toMarkdown(table));
  io.out(toText(table, (text, column, value) =>
    io.outTty && column.key === 'band' && typeof value === 'string' && BAND_COLOURS[value] ? `\u001b[${BAND_COLOURS[value]}m${text}\u001b[0m` : text));
}
