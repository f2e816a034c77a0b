import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import { rankText } from './rank-text.js';
import { changeStory } from '../model/story.js';
import { storyHtml } from './story-html.js';
import { html, safeHref, type SafeHtml } from '../html/html.js';
import { TOP_RECOMMENDATIONS, type Recommendation, type Scorecard } from '../model/scorecard.js';
import { textDirection } from '../bidi.js';
import { bandClass, fmt, int, signed } from './format.js';
import { page } from './layout.js';
import { flaggedText, sourceSuffix } from './evidence-text.js';
import { rankMove } from './rank-move.js';

export interface ScorecardPageOptions {
  strings: Strings;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** From this page to the report root. */
  root: string;
  /** This language's site pages from the report root ('' primary, 'fr/' …), for the navigation. */
  home?: string;
  /** The radar chart figure (already built and escaped), if any. */
  radar: SafeHtml | null;
  /** Links to the other formats of this scorecard (relative). */
  downloads: { label: string; href: string }[];
}

/**
 * A country's scorecard as an HTML page: key figures (rank with ties and plausible range,
 * change headline and like for like, rank move), the framework's top recommendations on the
 * first screen, the dimensions (each with how many indicators were answered), the remaining
 * recommendations and the indicators with their evidence. Evidence text whose direction differs
 * from the page's (English in Arabic) is isolated with `dir` so its punctuation stays in place.
 */
export function scorecardHtml(card: Scorecard, o: ScorecardPageOptions): string {
  const s = o.strings;
  const L = o.locale;
  const applicable = card.coverage.answered + card.coverage.missing;
  const rankWords = rankText(card, s, L);
  const dirOf = (text: string) => textDirection(text, o.dir);
  /** Inline text isolated in its own direction (<bdi>); block text gets dir on its element. */
  const iso = (text: string) => html`<bdi dir="${dirOf(text)}">${text}</bdi>`;
  const like = card.change?.likeForLike;
  const kpis = html`<div class="kpis">
<div class="kpi"><span class="label">${t(s, 'card.score')}</span><span class="value">${fmt(L, card.score)}</span></div>
<div class="kpi"><span class="label">${t(s, 'card.rank')}</span><span class="value">${rankWords}</span></div>
<div class="kpi"><span class="label">${t(s, 'card.band')}</span><span class="value"><span class="${bandClass(card.bandKey)}">${card.band ?? '–'}</span></span></div>
<div class="kpi"><span class="label">${t(s, 'card.coverage')}</span><span class="value">${int(L, Math.round(card.coverage.share * 100))}%</span></div>
${card.previous !== null && card.change ? html`<div class="kpi"><span class="label">${t(s, 'card.change', { previous: card.previous })}</span><span class="value">${signed(L, card.change.score)}</span><span class="move">${rankMove(s, card.change.rank)}</span></div>` : null}
</div>
<p class="note">${t(s, 'card.coverageValue', { answered: card.coverage.answered, applicable, pct: Math.round(card.coverage.share * 100) })}${card.ranked ? '' : ` ${t(s, 'card.notRanked')}`}</p>
${card.coverage.missing > 0 ? html`<p class="note shortfall">† ${t(s, 'card.shortfall', { answered: card.coverage.answered, applicable, missing: card.coverage.missing })}</p>` : null}
${like ? html`<p class="note">${like.score === null ? t(s, 'card.changeLikeNone', { compared: like.compared, applicable: like.applicable }) : t(s, 'card.changeLike', { score: signed(L, like.score), compared: like.compared, applicable: like.applicable })}</p>` : null}
${card.carried.length > 0 && card.previous !== null ? html`<p class="note">‡ ${t(s, 'card.carried', { previous: card.previous, indicators: card.carried.map((id) => card.indicators.find((i) => i.id === id)?.name ?? id).join(', ') })}</p>` : null}`;

  const dims = html`<h2>${t(s, 'card.dimensions')}</h2>
${o.radar}
<div class="table-wrap"><table>
<thead><tr><th>${t(s, 'col.dimension')}</th><th class="num">${t(s, 'col.score')}</th><th class="num">${t(s, 'col.rank')}</th><th class="num">${t(s, 'card.answered')}</th><th class="num">${t(s, 'card.average')}</th></tr></thead>
<tbody>${card.dimensions.map((d) => html`<tr><td>${d.name}</td><td class="num">${fmt(L, d.score)}${d.score !== null && d.answered < d.applicable ? '†' : ''}</td><td class="num">${int(L, d.rank)}</td><td class="num">${int(L, d.answered)}/${int(L, d.applicable)}</td><td class="num">${fmt(L, d.average)}</td></tr>`)}</tbody>
</table></div>
${card.dimensions.some((d) => d.score !== null && d.answered < d.applicable) ? html`<p class="note">${t(s, 'card.shortfallMark')}</p>` : null}`;

  const recItem = (r: Recommendation) => html`<li><strong>${r.name}</strong>${t(s, 'punct.colon')}${r.text} <span class="gain">(${r.priority === null ? '' : `${t(s, 'card.priority', { tier: int(L, r.priority) })}${t(s, 'punct.semicolon')}`}${t(s, 'card.gain', { points: fmt(L, r.gain) })})</span></li>`;
  const top = card.recommendations.slice(0, TOP_RECOMMENDATIONS);
  const rest = card.recommendations.slice(TOP_RECOMMENDATIONS);
  const missing = card.evidenceMissing.length ? html`<p class="note">${t(s, 'card.evidenceMissing', { indicators: card.evidenceMissing.map((e) => e.name).join(', ') })}</p>` : null;
  const recs = html`<h2 id="recommendations">${t(s, 'card.recommendations')}</h2>
${top.length === 0 ? html`<p>${t(s, 'card.noRecommendations')}</p>` : html`<p class="note">${t(s, 'card.recommendationsLead', { country: card.name })}</p>
<ol class="recs">${top.map(recItem)}</ol>`}
${missing}`;
  const more = rest.length === 0 ? null : html`<h2 id="more-recommendations">${t(s, 'card.recommendationsMore')}</h2>
<ol class="recs" start="${TOP_RECOMMENDATIONS + 1}">${rest.map(recItem)}</ol>`;

  const changes = card.previous === null ? null : html`<h2>${t(s, 'card.changes', { previous: card.previous })}</h2>
${storyHtml(changeStory(card, s, L), s)}
${card.changes.length === 0 ? html`<p>${t(s, 'card.noChanges', { previous: card.previous })}</p>` : html`<ul>${card.changes.map((c) => html`<li><strong>${c.name}</strong>${t(s, 'punct.colon')}${t(s, 'card.changeLine', { before: c.before ?? t(s, 'value.missing'), after: c.after ?? t(s, 'value.missing') })}${c.delta === null ? '' : ` (${signed(L, c.delta, 0)})`}${c.justification ? html`<br><span class="note">${iso(c.justification)}</span>` : null}</li>`)}</ul>`}`;

  const indicators = html`<h2>${t(s, 'card.indicators')}</h2>
<p class="note">${t(s, 'card.evidenceLanguage')} ${t(s, 'card.evidenceAsOf', { date: card.referenceDate })}.</p>
${card.indicators.map((i) => html`<div class="indicator${i.flags.length ? ' flagged' : ''}" id="${i.id}">
<div class="head"><strong>${i.name}</strong><span>${t(s, 'col.score')}${t(s, 'punct.colon')}${fmt(L, i.score)}</span></div>
${i.question ? html`<div class="note">${i.question}</div>` : null}
<div>${i.kind === 'answered' ? html`<span class="answer">${i.answer}</span>${i.partial ? ` (${t(s, 'value.partial')})` : ''}` : html`<span class="missing">${i.kind === 'na' ? t(s, 'value.na') : t(s, 'value.missing')}</span>`}</div>
${i.justification ? html`<p class="evidence" dir="${dirOf(i.justification)}">${i.justification}</p>` : null}
${i.source ? html`<div class="note">${t(s, 'col.source')}${t(s, 'punct.colon')}<bdi dir="${dirOf(i.source)}">${sourceLinks(i.source, i.sourceUrls)}</bdi>${sourceSuffix(s, i)}</div>` : null}
${i.flags.length ? html`<div class="note flag"><strong>${flaggedText(s, i)}</strong></div>` : null}
</div>`)}`;

  const downloads = o.downloads.length ? html`<p class="note">${t(s, 'card.download', { links: '' })}${o.downloads.map((d, k) => html`${k ? ' · ' : ''}<a href="${safeHref(d.href) ?? '#'}">${d.label}</a>`)}</p>` : null;
  const title = t(s, 'card.title', { country: card.name, edition: card.edition });
  return page({
    lang: L, dir: o.dir, title, root: o.root, home: o.home,
    nav: { home: t(s, 'nav.home'), ranking: t(s, 'nav.ranking'), charts: t(s, 'nav.charts') },
    body: html`<h1>${title}</h1>${downloads}${kpis}${recs}${dims}${more}${changes}${indicators}`,
  });
}

/** The source title, linked to its first safe URL; further URLs as numbered links. */
function sourceLinks(title: string, urls: readonly string[]): SafeHtml {
  const safe = urls.map(safeHref).filter((u): u is string => u !== null);
  if (safe.length === 0) return html`${title}`;
  return html`<a href="${safe[0]}" rel="noopener noreferrer">${title}</a>${safe.slice(1).map((u, k) => html` <a href="${u}" rel="noopener noreferrer">[${k + 2}]</a>`)}`;
}
