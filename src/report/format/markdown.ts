import type { Table } from '../tables/table.js';
import { displayCell } from './text.js';

/** Characters that make inline Markdown (emphasis, code, links, images, strike-through, math, tables) when unescaped. */
const INLINE = /[\\`*_[\]|~$]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** A start that would open a block: heading, quote, list item, ordered item, rule or setext underline. */
const BLOCK_START = /^(\s*)(#|>|[-+*](?=\s|$)|\d{1,9}(?=[.)](\s|$))|=+\s*$|-+\s*$)/;

/**
 * Escapes text from data so that it reads as the same text in any Markdown output and never
 * becomes markup: a backslash before each inline-significant character (`\ ` * _ [ ] | ~ $`),
 * `& < >` as entities (so no HTML, no entity decoding, no autolink in angle brackets), line
 * breaks as spaces, and a backslash before a line-start marker (`#`, `>`, `- `, `1. `, `===`).
 * Used for every text cell, heading and sentence of every `.md` the tool writes.
 *
 * @example escapeMarkdown('[win](https://x.test) ![i](y) *a*') === '\\[win\\](https://x.test) !\\[i\\](y) \\*a\\*'
 */
export function escapeMarkdown(s: string): string {
  const flat = s.replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
  const inline = flat.replace(INLINE, '\\$&').replace(/[&<>]/g, (c) => ENTITY[c]!);
  return inline.replace(BLOCK_START, (m, space: string) => {
    const mark = m.slice(space.length);
    return /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`;
  });
}

/** A table as GitHub-flavoured Markdown, every label and cell through escapeMarkdown. */
export function toMarkdown(table: Table): string {
  const lines: string[] = [];
  if (table.title) lines.push(`### ${escapeMarkdown(table.title)}`, '');
  lines.push(`| ${table.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`);
  lines.push(`|${table.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
  table.rows.forEach((r, k) => lines.push(`| ${r.map((_, i) => escapeMarkdown(displayCell(table, k, i))).join(' | ')} |`));
  for (const n of table.notes ?? []) lines.push('', escapeMarkdown(n));
  return `${lines.join('\n')}\n`;
}
