import type { Table } from '../tables/table.js';

/** A table as JSON: an array of objects keyed by column key, numbers unrounded. */
export function toJson(table: Table): string {
  const rows = table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c.key, r[i] ?? null])));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
