import { computeResult } from './compute.js';
import type { ExplorerData, ExplorerLanguage } from './data.js';
import { formatState, MAX_COMPARE, parseState, type StateRules, type ViewState } from './state.js';
import { rankingTable, type RankingTable } from './table.js';
import { compareHtml, esc, msg, visibleRows, type Ctx } from './view.js';
import { defaultIndicatorRatings, defaultRatings, framework, indicatorsUnder, RATING_MAX, topDimensions, weightingFor } from './weights.js';

/** The explorer: reads its data from the page, restores the view from the URL, wires the controls. */
function start(): void {
  const app = document.getElementById('app');
  const source = document.getElementById('explorer-data');
  if (!app || !source) return;
  const data = JSON.parse(source.textContent ?? '') as ExplorerData;
  const top = topDimensions(data.dimensions);
  const defaults = defaultRatings(top);
  const under = indicatorsUnder(data.dimensions, data.indicators);
  const indicatorDefaults = defaultIndicatorRatings(data.indicators);
  const regions = [...new Set(data.countries.map((c) => c.region).filter((r): r is string => r !== null))].sort();
  const bands = data.methodology.bands.map((b) => b.label);
  const rules: StateRules = { languages: data.languages.map((l) => l.code), dimensions: top.map((d) => d.id), indicators: data.indicators.map((i) => i.id), countries: data.countries.map((c) => c.iso3), regions, bands };
  let state: ViewState = parseState(location.hash, rules);
  const lang = (): ExplorerLanguage => data.languages.find((l) => l.code === state.lang) ?? data.languages[0]!;
  const rootId = 'INDEX';
  const weights = () => weightingFor(top, data.indicators, state.ratings, state.indicatorRatings);
  /** Dimensions whose indicators the reader opened (kept across languages; opened too when the URL rates one of them). */
  const opened = new Set<string>();
  const openRated = () => { for (const d of top) if (under[d.id]!.some((i) => i.id in state.indicatorRatings)) opened.add(d.id); };
  openRated();
  let result = computeResult(data, weights());
  const ctx = (): Ctx => ({ data, l: lang(), state, result, rootId });

  const controls = (l: ExplorerLanguage) => {
    const langs = data.languages.map((x) => `<button type="button" data-lang="${esc(x.code)}" lang="${esc(x.locale)}" aria-pressed="${x.code === l.code}">${esc(x.name)}</button>`).join(' ');
    const slider = (id: string, data: string, name: string, v: number) => `<div class="xw"><label for="${id}">${esc(name)}</label> `
      + `<input type="range" id="${id}" ${data} min="0" max="${RATING_MAX}" step="0.5" value="${v}" aria-valuetext="${msg(l, 'rating', { value: v })}"> <output for="${id}">${v}</output></div>`;
    const sliders = top.map((d) => {
      const name = l.nodes[d.id] ?? d.name;
      const own = slider(`w-${esc(d.id)}`, `data-dim="${esc(d.id)}"`, name, state.ratings[d.id] ?? defaults[d.id]!);
      const inds = under[d.id]!;
      if (inds.length === 0) return own;
      const rows = inds.map((i) => slider(`wi-${esc(i.id)}`, `data-ind="${esc(i.id)}"`, l.nodes[i.id] ?? i.name, state.indicatorRatings[i.id] ?? indicatorDefaults[i.id]!)).join('');
      return `${own}<details class="xi" data-of="${esc(d.id)}"${opened.has(d.id) ? ' open' : ''}><summary>${msg(l, 'indicators', { dimension: name })}</summary>${rows}</details>`;
    }).join('');
    const region = (r: string) => l.regions[r] ?? r;
    const byLabel = (values: string[], label: (v: string) => string) => [...values].sort((a, b) => label(a).localeCompare(label(b), l.locale) || (a < b ? -1 : a > b ? 1 : 0));
    const opts = (values: string[], label: (v: string) => string, chosen: string) => `<option value="">${msg(l, 'all')}</option>${values.map((v) => `<option value="${esc(v)}"${v === chosen ? ' selected' : ''}>${esc(label(v))}</option>`).join('')}`;
    return `<h1>${msg(l, 'title')}</h1><p>${msg(l, 'lead', { index: data.title, edition: data.edition })}</p>
<nav aria-label="${msg(l, 'language')}" class="langs">${langs}</nav>
<section aria-labelledby="xw-h"><h2 id="xw-h">${msg(l, 'weights')}</h2><p>${msg(l, 'weightsHint')}</p>${sliders}<p><button type="button" id="reset">${msg(l, 'reset')}</button></p></section>
<section aria-labelledby="xf-h"><h2 id="xf-h">${msg(l, 'find')}</h2>
<div class="xf"><label for="q">${msg(l, 'search')}</label> <input type="search" id="q" value="${esc(state.q)}"></div>
<div class="xf"><label for="region">${msg(l, 'region')}</label> <select id="region">${opts(byLabel(regions, region), region, state.region)}</select></div>
<div class="xf"><label for="band">${msg(l, 'band')}</label> <select id="band">${opts(bands, (b) => l.bands[b] ?? b, state.band)}</select></div></section>
<p id="status" role="status"></p>
<div id="ranking"></div>
<section aria-labelledby="xc-h"><h2 id="xc-h">${msg(l, 'compareTitle')}</h2><div id="compare"></div></section>
<p><a href="../index.html">${msg(l, 'back')}</a> · <a href="data.json">${msg(l, 'download')}</a></p>`;
  };

  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let table: RankingTable | undefined;
  let compared = '';
  /** Updates what depends on the scores and filters, in place (the focused control stays focused). */
  const update = () => {
    const c = ctx();
    const rows = visibleRows(c);
    table ??= rankingTable(document.getElementById('ranking')!, c);
    table.update(c, rows);
    const compare = compareHtml(c);
    if (compare !== compared) document.getElementById('compare')!.innerHTML = compare;
    compared = compare;
    const custom = Object.keys(state.ratings).length + Object.keys(state.indicatorRatings).length > 0;
    const weighting = weights();
    const nothing = top.every((d) => (state.ratings[d.id] ?? defaults[d.id]) === 0) || (weighting !== null && framework(data.dimensions, data.indicators, weighting) === null);
    const note = custom && nothing ? 'zero' : custom ? 'custom' : 'published';
    document.getElementById('status')!.textContent = `${c.l.s.status?.replace('{shown}', String(rows.length)).replace('{total}', String(data.countries.length)) ?? ''} ${c.l.s[note] ?? ''}`;
    // browsers throttle history updates; a slider dragged fast writes the URL once it rests
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => history.replaceState(null, '', formatState(state)), 100);
  };

  const render = () => {
    const l = lang();
    document.documentElement.lang = l.locale;
    document.documentElement.dir = l.dir;
    document.title = `${l.s.title ?? ''} · ${data.title}`;
    app.innerHTML = controls(l);
    app.hidden = false;
    table = undefined;
    compared = '';
    update();
  };

  let computeMs = 0;
  const rescore = () => {
    const t0 = performance.now();
    result = computeResult(data, weights());
    computeMs = performance.now() - t0;
    update();
  };

  app.addEventListener('input', (e) => {
    const el = e.target as HTMLInputElement;
    const dim = el.dataset.dim;
    const ind = el.dataset.ind;
    if (dim || ind) {
      const v = Number(el.value);
      const [ratings, initial] = dim ? [state.ratings, defaults[dim]] : [state.indicatorRatings, indicatorDefaults[ind!]];
      const id = (dim ?? ind)!;
      if (v === initial) delete ratings[id];
      else ratings[id] = v;
      el.setAttribute('aria-valuetext', lang().s.rating?.replace('{value}', String(v)) ?? String(v));
      const out = el.parentElement?.querySelector('output');
      if (out) out.textContent = String(v);
      rescore();
    } else if (el.id === 'q') {
      state.q = el.value.slice(0, 100);
      update();
    }
  });
  app.addEventListener('change', (e) => {
    const el = e.target as HTMLInputElement;
    if (el.id === 'region') state.region = el.value;
    else if (el.id === 'band') state.band = el.value;
    else if (el.dataset.compare) {
      const iso3 = el.dataset.compare;
      state.compare = el.checked ? [...state.compare, iso3].slice(0, MAX_COMPARE) : state.compare.filter((x) => x !== iso3);
    } else return;
    update();
  });
  app.addEventListener('click', (e) => {
    const el = (e.target as HTMLElement).closest('button');
    if (!el) return;
    if (el.dataset.lang) {
      state = { ...state, lang: el.dataset.lang };
      render();
      document.querySelector<HTMLElement>(`[data-lang="${el.dataset.lang}"]`)?.focus();
    } else if (el.id === 'reset') {
      state = { ...state, ratings: {}, indicatorRatings: {} };
      result = computeResult(data, null);
      render();
      document.getElementById('reset')?.focus();
    }
  });
  // toggle does not bubble: listen while it goes down
  app.addEventListener('toggle', (e) => {
    const el = e.target as HTMLDetailsElement;
    if (!el.dataset.of) return;
    if (el.open) opened.add(el.dataset.of);
    else opened.delete(el.dataset.of);
  }, true);
  window.addEventListener('hashchange', () => {
    state = parseState(location.hash, rules);
    openRated();
    result = computeResult(data, weights());
    render();
  });

  // for the browser test and the benchmark: the current result, and a timed re-weighting
  Object.assign(window, {
    explorer: {
      result: () => result,
      /** Resolves once every row of the table shows the latest scores. */
      settled: () => table?.settled() ?? Promise.resolve(),
      /**
       * Times `changes` re-weightings, each up to the rows in view shown and laid out (what a reader
       * watching the table waits for), split into re-scoring, DOM update and layout; with `settled`,
       * each up to every row of the table written and laid out.
       */
      async bench(changes: number, settled = false): Promise<{ total: number[]; compute: number[]; dom: number[]; layout: number[] }> {
        const times = { total: [] as number[], compute: [] as number[], dom: [] as number[], layout: [] as number[] };
        const sliders = Array.from(document.querySelectorAll<HTMLInputElement>('input[data-dim]'));
        for (let k = 0; k < changes; k++) {
          const s = sliders[k % sliders.length]!;
          const t0 = performance.now();
          s.value = String((k % (2 * RATING_MAX)) / 2);
          s.dispatchEvent(new Event('input', { bubbles: true }));
          if (settled) await table?.settled();
          const t1 = performance.now();
          void document.body.offsetHeight; // include layout
          const t2 = performance.now();
          times.total.push(t2 - t0);
          times.compute.push(computeMs);
          times.dom.push(t1 - t0 - computeMs);
          times.layout.push(t2 - t1);
          // the next change starts from a settled table, laid out and painted
          await table?.settled();
          await new Promise((resolve) => requestAnimationFrame(resolve));
          void document.body.offsetHeight;
        }
        return times;
      },
    },
  });
  render();
}

try {
  start();
} catch {
  // a page that cannot start shows what it shows without JavaScript: the no-script text and its links
  const fallback = document.getElementById('explorer-fallback');
  const text = fallback?.querySelector('noscript')?.textContent;
  if (fallback && text) fallback.innerHTML = text;
}
