import { html, type SafeHtml } from '../html/html.js';
import type { Table } from '../tables/table.js';
import { displayCell } from '../format/text.js';
import { bandClass } from './format.js';

/** Tables with more columns than this get the "scroll sideways" hint on narrow screens. */
export const WIDE_TABLE_COLUMNS = 5;

/**
 * A table as an HTML table (escaped by construction); numbers right-aligned, bands as badges.
 * Made to read on a phone: the table scrolls sideways inside its own box, which shows a shadow
 * at an edge while there is more to see; the country column (else the first) stays in view
 * (`sticky`); a wide table is preceded by `scrollHint`, shown on narrow screens only.
 */
export function tableHtml(table: Table, linkCountry?: (iso3: string) => string | null, bandText: (label: string) => string = (b) => b, scrollHint?: string): SafeHtml {
  const iso = table.columns.findIndex((c) => c.key === 'iso3');
  const keep = Math.max(0, table.columns.findIndex((c) => c.key === 'country'));
  const cls = (i: number, num: boolean) => {
    const names = [num ? 'num' : null, i === keep ? 'sticky' : null].filter((n) => n !== null).join(' ');
    return names === '' ? null : html` class="${names}"`;
  };
  const wide = table.columns.length > WIDE_TABLE_COLUMNS;
  // beyond 8 columns the table overflows even the widest page: the hint shows at every width
  const hintClass = table.columns.length > 8 ? 'scroll-hint always' : 'scroll-hint';
  return html`${wide && scrollHint ? html`<p class="${hintClass}">${scrollHint}</p>` : null}<div class="table-wrap"><table>
<thead><tr>${table.columns.map((c, i) => html`<th${cls(i, c.align === 'right')} scope="col">${c.label}</th>`)}</tr></thead>
<tbody>${table.rows.map((r, k) => html`<tr>${r.map((v, i) => {
    const c = table.columns[i]!;
    const text = displayCell(table, k, i);
    if (c.key === 'band') return html`<td${cls(i, false)}>${v === null ? '–' : html`<span class="${bandClass(String(v))}">${bandText(String(v))}</span>`}</td>`;
    const href = c.key === 'country' && iso >= 0 && linkCountry ? linkCountry(String(r[iso])) : null;
    return html`<td${cls(i, c.align === 'right')}>${href ? html`<a href="${href}">${text}</a>` : text}</td>`;
  })}</tr>`)}</tbody>
</table></div>
${(table.notes ?? []).map((n) => html`<p class="note">${n}</p>`)}`;
}
