import type { Cell, Column, Table } from '../tables/table.js';

export function formatCell(v: Cell, c: Column | undefined): string {
  if (v === null) return '–';
  if (typeof v === 'number') {
    const text = c?.digits !== undefined ? v.toFixed(c.digits) : String(v);
    return c?.signed && v > 0 && Number(text) !== 0 ? `+${text}` : text;
  }
  return v;
}

/** A cell as people read it: the column's display rule (or formatCell), then its mark if any. */
export function displayCell(table: Table, row: number, column: number): string {
  const c = table.columns[column];
  const v = table.rows[row]?.[column] ?? null;
  const text = c?.display ? c.display(v, row) : formatCell(v, c);
  const mark = c ? table.marks?.[row]?.[c.key] : undefined;
  return mark ? `${text}${mark}` : text;
}

/** A table aligned in columns for a terminal; `paint` may colour a cell (only on a terminal). */
export function toText(table: Table, paint: (text: string, column: Column, value: Cell) => string = (t) => t): string {
  const cells = table.rows.map((r, k) => r.map((_, i) => displayCell(table, k, i)));
  const label = (c: Column) => c.short ?? c.label;
  const widths = table.columns.map((c, i) => Math.max([...label(c)].length, ...cells.map((r) => [...(r[i] ?? '')].length)));
  const pad = (s: string, i: number) => {
    const c = table.columns[i]!;
    const gap = ' '.repeat(Math.max(0, widths[i]! - [...s].length));
    return c.align === 'right' ? gap + s : s + gap;
  };
  const lines: string[] = [];
  if (table.title) lines.push(table.title, '');
  lines.push(table.columns.map((c, i) => pad(label(c), i)).join('  ').trimEnd());
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  cells.forEach((r, k) => {
    lines.push(r.map((s, i) => paint(pad(s, i), table.columns[i]!, table.rows[k]![i] ?? null)).join('  ').trimEnd());
  });
  for (const n of table.notes ?? []) lines.push('', n);
  return `${lines.join('\n')}\n`;
}
