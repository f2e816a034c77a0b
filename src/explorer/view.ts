import type { CountryResult, EditionResult } from '../engine/types.js';
import type { ExplorerData, ExplorerLanguage } from './data.js';
import { MAX_COMPARE, type ViewState } from './state.js';

/** Text with `<`, `>`, `&` and quotes escaped for HTML. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A message of the explorer with `{name}` placeholders filled in, as plain text. */
export function fill(l: ExplorerLanguage, key: string, params: Record<string, string | number> = {}): string {
  const text = l.s[key] ?? key;
  return text.includes('{') ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

/** A message of the explorer with `{name}` placeholders filled in, escaped for HTML. */
export function msg(l: ExplorerLanguage, key: string, params: Record<string, string | number> = {}): string {
  return esc(fill(l, key, params));
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

const formats = new Map<string, Intl.NumberFormat>();
/** A number format of the language with `digits` decimals, made once per language. */
export function num(l: ExplorerLanguage, digits: number): Intl.NumberFormat {
  const key = `${l.locale} ${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(l.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f;
}

/** What one row of the ranking table shows, as plain text and class names. */
export interface RowContent {
  rank: string;
  /** The movement against the published rank ("" when there is none to show), and its class: up, down or none. */
  move: string;
  moveClass: '' | 'up' | 'down';
  score: string;
  /** The bar's length in percent of the cell ("" for no score). */
  bar: string;
  band: string;
  /** The published plausible range; `outside` when the rank falls outside it (the text then says so). */
  range: string;
  outside: boolean;
  checked: boolean;
  disabled: boolean;
}

/** The content of a country's row: rank, movement against the published rank, score and bar, band, plausible range, compare box. */
export function rowContent(ctx: Ctx, c: CountryResult): RowContent {
  const { l, data } = ctx;
  const n0 = num(l, 0);
  const score = c.scores[ctx.rootId] ?? null;
  const rank = c.ranked ? c.ranks[ctx.rootId] ?? null : null;
  const pub = data.published[c.iso3];
  let move = '';
  let moveClass: RowContent['moveClass'] = '';
  if (rank !== null && pub?.rank != null) {
    const d = pub.rank - rank;
    moveClass = d > 0 ? 'up' : d < 0 ? 'down' : '';
    move = d > 0 ? `▲ ${fill(l, 'up', { n: n0.format(d) })}` : d < 0 ? `▼ ${fill(l, 'down', { n: n0.format(-d) })}` : fill(l, 'same');
  }
  let range = '';
  let outside = false;
  if (pub && pub.low !== null && pub.high !== null) {
    range = `${n0.format(pub.low)}–${n0.format(pub.high)}`;
    outside = rank !== null && (rank < pub.low || rank > pub.high);
    if (outside) range = `⚠ ${fill(l, 'outside', { range })}`;
  }
  const checked = ctx.state.compare.includes(c.iso3);
  return {
    rank: rank === null ? fill(l, 'unranked') : n0.format(rank),
    move,
    moveClass,
    score: score === null ? '–' : num(l, 1).format(score),
    bar: score === null ? '' : `${Math.max(0, Math.min(100, score)).toFixed(1)}%`,
    band: c.band ? l.bands[c.band] ?? c.band : '',
    range,
    outside,
    checked,
    disabled: !checked && ctx.state.compare.length >= MAX_COMPARE,
  };
}

/** The scorecard of a country in the explorer's language (or the first language with scorecards). */
export function scorecardLink(ctx: Ctx, iso3: string): string {
  const { l, data } = ctx;
  return `../scorecards/${data.scorecards.includes(l.code) ? l.code : data.scorecards[0]}/${iso3}.html`;
}

/** One row of the ranking table as HTML; table.ts rewrites its cells in place afterwards. */
export function rowHtml(ctx: Ctx, c: CountryResult): string {
  const { l } = ctx;
  const r = rowContent(ctx, c);
  const bar = `<span class="xbar" aria-hidden="true"><span style="inline-size:${r.bar || '0%'}"${r.bar ? '' : ' hidden'}></span></span>`;
  return `<tr data-iso3="${esc(c.iso3)}"><td>${esc(r.rank)}</td><td><span class="${r.moveClass}">${esc(r.move)}</span></td>`
    + `<th scope="row"><a href="${esc(scorecardLink(ctx, c.iso3))}">${esc(c.name)}</a></th>`
    + `<td class="num">${esc(r.score)}</td><td class="barcell">${bar}</td>`
    + `<td>${esc(r.band)}</td><td><span class="${r.outside ? 'outside' : ''}">${esc(r.range)}</span></td>`
    + `<td><input type="checkbox" data-compare="${esc(c.iso3)}"${r.checked ? ' checked' : ''}${r.disabled ? ' disabled' : ''} aria-label="${msg(l, 'compareOne', { country: c.name })}"></td></tr>`;
}

/** The ranking table with a row for each of `rows`. */
export function tableHtml(ctx: Ctx, rows: CountryResult[]): string {
  const { l } = ctx;
  const columns = ['rank', 'move', 'country', 'score', 'bar', 'band', 'range', 'compare'];
  const cols = columns.map((k) => `<col class="c-${k}">`).join('');
  const head = columns.map((k) => `<th scope="col">${msg(l, k)}</th>`).join('');
  return `<div class="xscroll"><table class="xtable"><caption>${msg(l, 'caption')}</caption><colgroup>${cols}</colgroup>`
    + `<thead><tr>${head}</tr></thead><tbody>${rows.map((c) => rowHtml(ctx, c)).join('')}</tbody></table></div>`;
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
