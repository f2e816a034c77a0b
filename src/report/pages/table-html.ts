import { html, type SafeHtml } from '../html/html.js';
import type { Table } from '../tables/table.js';
import { formatCell } from '../format/text.js';
import { bandClass } from './format.js';

/** A table as an HTML table (escaped by construction); numbers right-aligned, bands as badges. */
export function tableHtml(table: Table, linkCountry?: (iso3: string) => string | null, bandText: (label: string) => string = (b) => b): SafeHtml {
  const iso = table.columns.findIndex((c) => c.key === 'iso3');
  return html`<div class="table-wrap"><table>
<thead><tr>${table.columns.map((c) => html`<th${c.align === 'right' ? html` class="num"` : null} scope="col">${c.label}</th>`)}</tr></thead>
<tbody>${table.rows.map((r) => html`<tr>${r.map((v, i) => {
    const c = table.columns[i]!;
    const text = formatCell(v, c);
    if (c.key === 'band') return html`<td>${v === null ? '–' : html`<span class="${bandClass(String(v))}">${bandText(String(v))}</span>`}</td>`;
    const href = c.key === 'country' && iso >= 0 && linkCountry ? linkCountry(String(r[iso])) : null;
    return html`<td${c.align === 'right' ? html` class="num"` : null}>${href ? html`<a href="${href}">${text}</a>` : text}</td>`;
  })}</tr>`)}</tbody>
</table></div>
${(table.notes ?? []).map((n) => html`<p class="note">${n}</p>`)}`;
}
