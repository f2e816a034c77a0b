import type { Strings } from '../../messages/report-en.js';
import { flaggedText, sourceSuffix } from './evidence-text.js';
import { t } from '../../messages/t.js';
import { rankText } from './rank-text.js';
import { escapeMarkdown as mdText } from '../format/markdown.js';
import { TOP_RECOMMENDATIONS, type Recommendation, type Scorecard } from '../model/scorecard.js';
import { changeStory, type Story } from '../model/story.js';
import { textDirection } from '../bidi.js';
import { fmt, int, signed } from './format.js';
import { rankMove } from './rank-move.js';

const mdUrl = (u: string) => (/^https?:\/\/[^\s<>()]+$/i.test(u) ? u : null);

/**
 * A country's scorecard as Markdown (GitHub-flavoured), in the HTML scorecard's order. Markdown
 * has no `dir`, so in a right-to-left scorecard evidence written left to right is wrapped in the
 * Unicode isolates LRI … PDI (U+2066, U+2069), which keep its punctuation in place.
 */
export function scorecardMd(card: Scorecard, o: { strings: Strings; locale: string; radarPng: string | null; dir?: 'ltr' | 'rtl' }): string {
  const s = o.strings;
  const L = o.locale;
  const dir = o.dir ?? 'ltr';
  const iso = (text: string) => (dir === 'rtl' && textDirection(text, dir) === 'ltr' ? `\u2066${text}\u2069` : text);
  const lines: string[] = [];
  lines.push(`# ${mdText(t(s, 'card.title', { country: card.name, edition: card.edition }))}`, '');
  const rank = rankText(card, s, L);
  const applicable = card.coverage.answered + card.coverage.missing;
  lines.push(`- **${t(s, 'card.score')}${t(s, 'punct.colon').trimEnd()}** ${fmt(L, card.score)}`);
  lines.push(`- **${t(s, 'card.rank')}${t(s, 'punct.colon').trimEnd()}** ${mdText(rank)}`);
  lines.push(`- **${t(s, 'card.band')}${t(s, 'punct.colon').trimEnd()}** ${mdText(card.band ?? '–')}`);
  lines.push(`- **${t(s, 'card.coverage')}${t(s, 'punct.colon').trimEnd()}** ${t(s, 'card.coverageValue', { answered: card.coverage.answered, applicable: card.coverage.answered + card.coverage.missing, pct: Math.round(card.coverage.share * 100) })}`);
  const like = card.change?.likeForLike;
  if (card.previous !== null && card.change) lines.push(`- **${t(s, 'card.change', { previous: card.previous })}${t(s, 'punct.colon').trimEnd()}** ${t(s, 'card.changeValue', { score: signed(L, card.change.score), move: rankMove(s, card.change.rank) })}`);
  if (like) lines.push(`- ${mdText(like.score === null ? t(s, 'card.changeLikeNone', { compared: like.compared, applicable: like.applicable }) : t(s, 'card.changeLike', { score: signed(L, like.score), compared: like.compared, applicable: like.applicable }))}`);
  if (card.coverage.missing > 0) lines.push('', `† ${mdText(t(s, 'card.shortfall', { answered: card.coverage.answered, applicable, missing: card.coverage.missing }))}`);
  if (card.carried.length > 0 && card.previous !== null) lines.push('', `‡ ${mdText(t(s, 'card.carried', { previous: card.previous, indicators: card.carried.map((id) => card.indicators.find((i) => i.id === id)?.name ?? id).join(', ') }))}`);
  if (!card.ranked) lines.push('', `_${t(s, 'card.notRanked')}_`);
  const rec = (r: Recommendation, k: number) => {
    const gain = `${r.priority === null ? '' : `${t(s, 'card.priority', { tier: int(L, r.priority) })}${t(s, 'punct.semicolon')}`}${t(s, 'card.gain', { points: fmt(L, r.gain) })}`;
    lines.push(`${k + 1}. **${mdText(r.name)}**${t(s, 'punct.colon')}${mdText(r.text)} (${gain})`);
  };
  lines.push('', `## ${t(s, 'card.recommendations')}`, '');
  if (card.recommendations.length === 0) lines.push(t(s, 'card.noRecommendations'));
  else {
    lines.push(mdText(t(s, 'card.recommendationsLead', { country: card.name })), '');
    card.recommendations.slice(0, TOP_RECOMMENDATIONS).forEach(rec);
  }
  if (card.evidenceMissing.length) lines.push('', mdText(t(s, 'card.evidenceMissing', { indicators: card.evidenceMissing.map((e) => e.name).join(', ') })));
  lines.push('', `## ${t(s, 'card.dimensions')}`, '');
  if (o.radarPng) lines.push(`![${mdText(t(s, 'card.dimensions'))}](${o.radarPng})`, '');
  lines.push(`| ${t(s, 'col.dimension')} | ${t(s, 'col.score')} | ${t(s, 'col.rank')} | ${t(s, 'card.answered')} | ${t(s, 'card.average')} |`, '| --- | ---: | ---: | ---: | ---: |');
  const short = (d: Scorecard['dimensions'][number]) => d.score !== null && d.answered < d.applicable;
  for (const d of card.dimensions) lines.push(`| ${mdText(d.name)} | ${fmt(L, d.score)}${short(d) ? '†' : ''} | ${int(L, d.rank)} | ${int(L, d.answered)}/${int(L, d.applicable)} | ${fmt(L, d.average)} |`);
  if (card.dimensions.some(short)) lines.push('', mdText(t(s, 'card.shortfallMark')));
  if (card.recommendations.length > TOP_RECOMMENDATIONS) {
    lines.push('', `## ${t(s, 'card.recommendationsMore')}`, '');
    card.recommendations.slice(TOP_RECOMMENDATIONS).forEach((r, k) => rec(r, k + TOP_RECOMMENDATIONS));
  }
  if (card.previous !== null) {
    lines.push('', `## ${t(s, 'card.changes', { previous: card.previous })}`, '');
    const story = storyMd(changeStory(card, s, L), s, iso);
    if (story.length) lines.push(...story, '');
    if (card.changes.length === 0) lines.push(t(s, 'card.noChanges', { previous: card.previous }));
    for (const c of card.changes) {
      lines.push(`- **${mdText(c.name)}**${t(s, 'punct.colon')}${mdText(t(s, 'card.changeLine', { before: c.before ?? t(s, 'value.missing'), after: c.after ?? t(s, 'value.missing') }))}${c.justification ? ` — ${mdText(iso(c.justification))}` : ''}`);
    }
  }
  lines.push('', `## ${t(s, 'card.indicators')}`, '', `_${t(s, 'card.evidenceLanguage')}_`, '', `_${t(s, 'card.evidenceAsOf', { date: card.referenceDate })}_`);
  for (const i of card.indicators) {
    lines.push('', `### ${mdText(i.name)}`, '');
    if (i.question) lines.push(`_${mdText(i.question)}_`, '');
    const answer = i.kind === 'answered' ? `**${mdText(i.answer ?? '')}**${i.partial ? ` (${t(s, 'value.partial')})` : ''}` : `_${i.kind === 'na' ? t(s, 'value.na') : t(s, 'value.missing')}_`;
    lines.push(`${answer}${t(s, 'punct.colon')}${t(s, 'col.score')} ${fmt(L, i.score)}`);
    if (i.justification) lines.push('', mdText(iso(i.justification)));
    if (i.source) {
      const url = i.sourceUrls.map(mdUrl).find((u) => u !== null);
      const src = iso(url ? `[${mdText(i.source)}](${url})` : mdText(i.source));
      lines.push('', `${t(s, 'col.source')}${t(s, 'punct.colon')}${src}${mdText(sourceSuffix(s, i))}`);
    }
    const flagged = flaggedText(s, i);
    if (flagged) lines.push('', `**${mdText(flagged)}**`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The change story (model/story.ts, the same sentences as the HTML scorecard) as Markdown
 * paragraphs: the lead, then one paragraph per indicator that moved, its evidence in the research
 * language (in italics, isolated by `iso` on right-to-left pages) and its source, linked.
 */
export function storyMd(story: Story | null, s: Strings, iso: (text: string) => string): string[] {
  if (!story) return [];
  const out = [mdText(story.lead)];
  for (const item of story.items) {
    const url = item.source?.url ? mdUrl(item.source.url) : null;
    const source = item.source ? iso(url ? `[${mdText(item.source.label)}](${url})` : mdText(item.source.label)) : null;
    const evidence = item.evidence || source ? ` ${mdText(t(s, 'story.evidence'))}${item.evidence ? ` _${iso(mdText(item.evidence))}_` : ''}${source ? ` (${source})` : ''}` : '';
    out.push('', `${mdText(item.text)}${evidence}`);
  }
  return out;
}
