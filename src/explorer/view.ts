import type { CountryResult, EditionResult } from '../engine/types.js';
import type { ExplorerData, ExplorerLanguage } from './data.js';
import { MAX_COMPARE, type ViewState } from './state.js';

/** Text with `<`, `>`, `&` and quotes escaped for HTML. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A message of the explorer with `{name}` placeholders filled in, escaped. */
export function msg(l: ExplorerLanguage, key: string, params: Record<string, string | number> = {}): string {
  return esc((l.s[key] ?? key).replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)));
}

export interface Ctx {
  data: ExplorerData;
  l: ExplorerLanguage;
  state: ViewState;
  result: EditionResult;
  rootId: string;
}

/** The rows the search and the filters let through, in rank order. */
export function visibleRows(ctx: Ctx): CountryResult[] {
  const q = ctx.state.q.trim().toLocaleLowerCase();
  return ctx.result.countries.filter((c) => (!q || c.name.toLocaleLowerCase().includes(q) || c.iso3.toLowerCase().includes(q))
    && (!ctx.state.region || c.region === ctx.state.region)
    && (!ctx.state.band || c.band === ctx.state.band));
}

const num = (l: ExplorerLanguage, digits: number) => new Intl.NumberFormat(l.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The ranking table: rank, movement against the published rank, score with its bar, band, plausible range, compare box. */
export function tableHtml(ctx: Ctx, rows: CountryResult[]): string {
  const { l, data } = ctx;
  const n0 = num(l, 0);
  const n1 = num(l, 1);
  const link = (iso3: string) => `../scorecards/${data.scorecards.includes(l.code) ? l.code : data.scorecards[0]}/${iso3}.html`;
  const body = rows.map((c) => {
    const score = c.scores[ctx.rootId] ?? null;
    const rank = c.ranked ? c.ranks[ctx.rootId] ?? null : null;
    const pub = data.published[c.iso3];
    let move = '';
    if (rank !== null && pub?.rank != null) {
      const d = pub.rank - rank;
      move = d > 0 ? `<span class="up">▲ ${msg(l, 'up', { n: n0.format(d) })}</span>` : d < 0 ? `<span class="down">▼ ${msg(l, 'down', { n: n0.format(-d) })}</span>` : msg(l, 'same');
    }
    let range = '';
    if (pub && pub.low !== null && pub.high !== null) {
      const text = `${n0.format(pub.low)}–${n0.format(pub.high)}`;
      range = rank !== null && (rank < pub.low || rank > pub.high) ? `<strong class="outside">⚠ ${msg(l, 'outside', { range: text })}</strong>` : esc(text);
    }
    const checked = ctx.state.compare.includes(c.iso3);
    const full = !checked && ctx.state.compare.length >= MAX_COMPARE;
    const bar = score === null ? '' : `<span class="xbar" aria-hidden="true"><span style="inline-size:${Math.max(0, Math.min(100, score)).toFixed(1)}%"></span></span>`;
    return `<tr data-iso3="${esc(c.iso3)}"><td>${rank === null ? msg(l, 'unranked') : n0.format(rank)}</td><td>${move}</td>`
      + `<th scope="row"><a href="${esc(link(c.iso3))}">${esc(c.name)}</a></th>`
      + `<td class="num">${score === null ? '–' : n1.format(score)}</td><td class="barcell">${bar}</td>`
      + `<td>${c.band ? esc(l.bands[c.band] ?? c.band) : ''}</td><td>${range}</td>`
      + `<td><input type="checkbox" id="cmp-${esc(c.iso3)}" data-compare="${esc(c.iso3)}"${checked ? ' checked' : ''}${full ? ' disabled' : ''} aria-label="${msg(l, 'compareOne', { country: c.name })}"></td></tr>`;
  }).join('');
  const head = ['rank', 'move', 'country', 'score', 'bar', 'band', 'range', 'compare'].map((k) => `<th scope="col">${msg(l, k)}</th>`).join('');
  return `<table class="xtable"><caption>${msg(l, 'caption')}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The chosen countries side by side: index and every dimension, score and rank. */
export function compareHtml(ctx: Ctx): string {
  const { l } = ctx;
  const picked = ctx.state.compare.map((iso3) => ctx.result.countries.find((c) => c.iso3 === iso3)).filter((c): c is CountryResult => c !== undefined);
  if (picked.length < 2) return `<p>${msg(l, 'compareHint')}</p>`;
  const n0 = num(l, 0);
  const n1 = num(l, 1);
  const nodes = [ctx.rootId, ...ctx.data.dimensions.map((d) => d.id)];
  const cell = (c: CountryResult, id: string) => {
    const s = c.scores[id] ?? null;
    const r = c.ranks[id] ?? null;
    return `<td>${s === null ? '–' : n1.format(s)}${r === null ? '' : ` <span class="note">(${msg(l, 'rankOf', { rank: n0.format(r) })})</span>`}</td>`;
  };
  const rows = nodes.map((id) => `<tr><th scope="row">${id === ctx.rootId ? msg(l, 'index') : esc(l.nodes[id] ?? id)}</th>${picked.map((c) => cell(c, id)).join('')}</tr>`).join('');
  return `<table class="xcompare"><caption>${msg(l, 'compareTitle')}</caption><thead><tr><th scope="col">${msg(l, 'dimension')}</th>${picked.map((c) => `<th scope="col">${esc(c.name)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}
