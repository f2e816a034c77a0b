import type { Table } from '../tables/table.js';
import { displayCell } from './text.js';

/** Escapes text for a Markdown table cell: pipes, backslashes, HTML-significant characters, newlines. */
export function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

/** A table as GitHub-flavoured Markdown. */
export function toMarkdown(table: Table): string {
  const lines: string[] = [];
  if (table.title) lines.push(`### ${mdCell(table.title)}`, '');
  lines.push(`| ${table.columns.map((c) => mdCell(c.label)).join(' | ')} |`);
  lines.push(`|${table.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
  table.rows.forEach((r, k) => lines.push(`| ${r.map((_, i) => mdCell(displayCell(table, k, i))).join(' | ')} |`));
  for (const n of table.notes ?? []) lines.push('', mdCell(n));
  return `${lines.join('\n')}\n`;
}
