import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import { rankText } from './rank-text.js';
import { changeStory } from '../model/story.js';
import { storyHtml } from './story-html.js';
import { html, safeHref, type SafeHtml } from '../html/html.js';
import type { Scorecard } from '../model/scorecard.js';
import { bandClass, fmt, int, signed } from './format.js';
import { page } from './layout.js';
import { flaggedText, sourceSuffix } from './evidence-text.js';

export interface ScorecardPageOptions {
  strings: Strings;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** From this page to the report root. */
  root: string;
  /** The radar chart figure (already built and escaped), if any. */
  radar: SafeHtml | null;
  /** Links to the other formats of this scorecard (relative). */
  downloads: { label: string; href: string }[];
}

/** A country's scorecard as an HTML page. */
export function scorecardHtml(card: Scorecard, o: ScorecardPageOptions): string {
  const s = o.strings;
  const L = o.locale;
  const applicable = card.coverage.answered + card.coverage.missing;
  const rankWords = rankText(card, s);
  const kpis = html`<div class="kpis">
<div class="kpi"><span class="label">${t(s, 'card.score')}</span><span class="value">${fmt(L, card.score)}</span></div>
<div class="kpi"><span class="label">${t(s, 'card.rank')}</span><span class="value">${rankWords}</span></div>
<div class="kpi"><span class="label">${t(s, 'card.band')}</span><span class="value"><span class="${bandClass(card.bandKey)}">${card.band ?? '–'}</span></span></div>
<div class="kpi"><span class="label">${t(s, 'card.coverage')}</span><span class="value">${int(L, Math.round(card.coverage.share * 100))}%</span></div>
${card.previous !== null && card.change ? html`<div class="kpi"><span class="label">${t(s, 'card.change', { previous: card.previous })}</span><span class="value">${signed(L, card.change.score)}</span></div>` : null}
</div>
<p class="note">${t(s, 'card.coverageValue', { answered: card.coverage.answered, applicable, pct: Math.round(card.coverage.share * 100) })}${card.ranked ? '' : ` ${t(s, 'card.notRanked')}`}</p>`;

  const dims = html`<h2>${t(s, 'card.dimensions')}</h2>
${o.radar}
<div class="table-wrap"><table>
<thead><tr><th>${t(s, 'col.dimension')}</th><th class="num">${t(s, 'col.score')}</th><th class="num">${t(s, 'col.rank')}</th><th class="num">${t(s, 'card.average')}</th></tr></thead>
<tbody>${card.dimensions.map((d) => html`<tr><td>${d.name}</td><td class="num">${fmt(L, d.score)}</td><td class="num">${int(L, d.rank)}</td><td class="num">${fmt(L, d.average)}</td></tr>`)}</tbody>
</table></div>`;

  const recs = html`<h2 id="recommendations">${t(s, 'card.recommendations')}</h2>
${card.recommendations.length === 0 ? html`<p>${t(s, 'card.noRecommendations')}</p>` : html`<p class="note">${t(s, 'card.recommendationsLead', { country: card.name })}</p>
<ol class="recs">${card.recommendations.map((r) => html`<li><strong>${r.name}</strong>: ${r.text} <span class="gain">(${r.score === null ? t(s, 'card.gainMissing', { points: fmt(L, r.gain) }) : t(s, 'card.gain', { points: fmt(L, r.gain) })})</span></li>`)}</ol>`}`;

  const changes = card.previous === null ? null : html`<h2>${t(s, 'card.changes', { previous: card.previous })}</h2>
${storyHtml(changeStory(card, s, L), s)}
${card.changes.length === 0 ? html`<p>${t(s, 'card.noChanges', { previous: card.previous })}</p>` : html`<ul>${card.changes.map((c) => html`<li><strong>${c.name}</strong>: ${t(s, 'card.changeLine', { before: c.before ?? t(s, 'value.missing'), after: c.after ?? t(s, 'value.missing') })}${c.delta === null ? '' : ` (${signed(L, c.delta, 0)})`}${c.justification ? html`<br><span class="note">${c.justification}</span>` : null}</li>`)}</ul>`}`;

  const indicators = html`<h2>${t(s, 'card.indicators')}</h2>
<p class="note">${t(s, 'card.evidenceLanguage')} ${t(s, 'card.evidenceAsOf', { date: card.referenceDate })}.</p>
${card.indicators.map((i) => html`<div class="indicator${i.flags.length ? ' flagged' : ''}" id="${i.id}">
<div class="head"><strong>${i.name}</strong><span>${t(s, 'col.score')}: ${fmt(L, i.score)}</span></div>
${i.question ? html`<div class="note">${i.question}</div>` : null}
<div>${i.kind === 'answered' ? html`<span class="answer">${i.answer}</span>${i.partial ? ` (${t(s, 'value.partial')})` : ''}` : html`<span class="missing">${i.kind === 'na' ? t(s, 'value.na') : t(s, 'value.missing')}</span>`}</div>
${i.justification ? html`<p>${i.justification}</p>` : null}
${i.source ? html`<div class="note">${t(s, 'col.source')}: ${sourceLinks(i.source, i.sourceUrls)}${sourceSuffix(s, i)}</div>` : null}
${i.flags.length ? html`<div class="note flag"><strong>${flaggedText(s, i)}</strong></div>` : null}
</div>`)}`;

  const downloads = o.downloads.length ? html`<p class="note">${t(s, 'card.download', { links: '' })}${o.downloads.map((d, k) => html`${k ? ' · ' : ''}<a href="${safeHref(d.href) ?? '#'}">${d.label}</a>`)}</p>` : null;
  const title = t(s, 'card.title', { country: card.name, edition: card.edition });
  return page({
    lang: L, dir: o.dir, title, root: o.root,
    nav: { home: t(s, 'nav.home'), ranking: t(s, 'nav.ranking'), charts: t(s, 'nav.charts') },
    body: html`<h1>${title}</h1>${downloads}${kpis}${dims}${recs}${changes}${indicators}`,
  });
}

/** The source title, linked to its first safe URL; further URLs as numbered links. */
function sourceLinks(title: string, urls: readonly string[]): SafeHtml {
  const safe = urls.map(safeHref).filter((u): u is string => u !== null);
  if (safe.length === 0) return html`${title}`;
  return html`<a href="${safe[0]}" rel="noopener noreferrer">${title}</a>${safe.slice(1).map((u, k) => html` <a href="${u}" rel="noopener noreferrer">[${k + 2}]</a>`)}`;
}
