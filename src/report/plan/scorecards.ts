import type { IndexResult } from '../../engine/types.js';
import type { Language } from '../../messages/languages.js';
import { t } from '../../messages/t.js';
import type { Dataset } from '../../schema/dataset.js';
import { html } from '../html/html.js';
import { page } from '../pages/layout.js';
import { scorecardHtml } from '../pages/scorecard-html.js';
import { scorecardMd } from '../pages/scorecard-md.js';
import type { Scorecard } from '../model/scorecard.js';
import { scorecard } from '../model/scorecard.js';
import { figure, languageHome } from './site.js';
import type { OutputFile, PlannedChart } from './types.js';
import { radarChart } from './charts.js';
import { bandLabel } from '../model/localise.js';

export interface PlannedScorecards {
  files: OutputFile[];
  charts: PlannedChart[];
  cards: { card: Scorecard; radar: PlannedChart; dir: string }[];
}

/**
 * Scorecards of the latest edition in one language: HTML and Markdown per country, a radar per
 * country (PNG + SVG in the first language; SVG elsewhere) and the language's scorecard index.
 * `dataset` is already localised.
 */
export function planScorecards(o: {
  dataset: Dataset;
  result: IndexResult;
  lang: Language;
  primary: boolean;
  intervals?: Record<string, [number, number]>;
  indexName: string;
  /** The framework's translations for this language (band labels are looked up as `band.<label>`). */
  translations?: ReadonlyMap<string, string>;
  /** Plan only these countries (default: all). */
  only?: ReadonlySet<string>;
  /** Plan the cards and radars only, without the HTML and Markdown pages (a rendering thread's need). */
  cardsOnly?: boolean;
}): PlannedScorecards {
  const { dataset, result, lang: l } = o;
  const s = l.strings;
  const latest = result.editions.at(-1)!;
  const dir = `scorecards/${l.code}`;
  const home = languageHome(l, o.primary);
  const files: OutputFile[] = [];
  const charts: PlannedChart[] = [];
  const cards: PlannedScorecards['cards'] = [];
  for (const c of latest.countries) {
    if (o.only && !o.only.has(c.iso3)) continue;
    const base = scorecard(dataset, result, latest, c.iso3, o.intervals?.[c.iso3] ?? null);
    const card = { ...base, band: bandLabel(base.bandKey, o.translations ?? new Map()) };
    const source = t(s, 'chart.source', { index: o.indexName, edition: latest.edition });
    const spec = radarChart(result, latest, c.iso3, { locale: l.locale, dir: l.dir, strings: l.chart, edition: String(latest.edition), source });
    const radar: PlannedChart = o.primary
      ? { spec, base: `charts/radar-${c.iso3}-${latest.edition}`, png: true, svg: true }
      : { spec, base: `${dir}/charts/radar-${c.iso3}`, png: false, svg: true };
    charts.push(radar);
    cards.push({ card, radar, dir });
    if (o.cardsOnly) continue;
    const downloads = [
      { label: 'PDF', href: `${c.iso3}.pdf` },
      { label: 'Markdown', href: `${c.iso3}.md` },
    ];
    files.push({ path: `${dir}/${c.iso3}.html`, content: scorecardHtml(card, { strings: s, locale: l.locale, dir: l.dir, root: '../../', home, radar: figure(radar, l, '../../', source), downloads }) });
    files.push({ path: `${dir}/${c.iso3}.md`, content: scorecardMd(card, { strings: s, locale: l.locale, dir: l.dir, radarPng: `../../${radar.base}.${radar.png ? 'png' : 'svg'}` }) });
  }
  const title = t(s, 'site.scorecards');
  if (!o.only && !o.cardsOnly) files.push({
    path: `${dir}/index.html`,
    content: page({ lang: l.locale, dir: l.dir, title, root: '../../', home, nav: { home: t(s, 'nav.home'), ranking: t(s, 'nav.ranking'), charts: t(s, 'nav.charts') }, body: html`<h1>${title}</h1>
<div class="grid">${cards.map(({ card }) => html`<div class="card"><a href="${card.iso3}.html">${card.name}</a><br><span class="note">${card.rank === null ? t(s, 'value.notRanked') : t(s, 'card.rankOf', { rank: card.rank, count: card.rankedCount })}</span></div>`)}</div>` }),
  });
  return { files, charts, cards };
}
