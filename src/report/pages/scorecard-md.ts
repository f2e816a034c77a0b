import type { Strings } from '../../messages/report-en.js';
import { flaggedText, sourceSuffix } from './evidence-text.js';
import { t } from '../../messages/t.js';
import { rankText } from './rank-text.js';
import { mdCell } from '../format/markdown.js';
import type { Scorecard } from '../model/scorecard.js';
import { fmt, int, signed } from './format.js';

/** Escapes inline Markdown text (emphasis, links, HTML) so data never becomes markup. */
export function mdText(s: string): string {
  return s.replace(/([\\`*_[\]{}#+!|>~])/g, '\\$1').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}

const mdUrl = (u: string) => (/^https?:\/\/[^\s<>()]+$/i.test(u) ? u : null);

/** A country's scorecard as Markdown (GitHub-flavoured). */
export function scorecardMd(card: Scorecard, o: { strings: Strings; locale: string; radarPng: string | null }): string {
  const s = o.strings;
  const L = o.locale;
  const lines: string[] = [];
  lines.push(`# ${mdText(t(s, 'card.title', { country: card.name, edition: card.edition }))}`, '');
  const rank = rankText(card, s);
  lines.push(`- **${t(s, 'card.score')}:** ${fmt(L, card.score)}`);
  lines.push(`- **${t(s, 'card.rank')}:** ${mdText(rank)}`);
  lines.push(`- **${t(s, 'card.band')}:** ${mdText(card.band ?? '–')}`);
  lines.push(`- **${t(s, 'card.coverage')}:** ${t(s, 'card.coverageValue', { answered: card.coverage.answered, applicable: card.coverage.answered + card.coverage.missing, pct: Math.round(card.coverage.share * 100) })}`);
  if (card.previous !== null && card.change) lines.push(`- **${t(s, 'card.change', { previous: card.previous })}:** ${t(s, 'card.changeValue', { score: signed(L, card.change.score), rank: card.change.rank === null ? '–' : signed(L, card.change.rank, 0) })}`);
  if (!card.ranked) lines.push('', `_${t(s, 'card.notRanked')}_`);
  lines.push('', `## ${t(s, 'card.dimensions')}`, '');
  if (o.radarPng) lines.push(`![${mdText(t(s, 'card.dimensions'))}](${o.radarPng})`, '');
  lines.push(`| ${t(s, 'col.dimension')} | ${t(s, 'col.score')} | ${t(s, 'col.rank')} | ${t(s, 'card.average')} |`, '| --- | ---: | ---: | ---: |');
  for (const d of card.dimensions) lines.push(`| ${mdCell(d.name)} | ${fmt(L, d.score)} | ${int(L, d.rank)} | ${fmt(L, d.average)} |`);
  lines.push('', `## ${t(s, 'card.recommendations')}`, '');
  if (card.recommendations.length === 0) lines.push(t(s, 'card.noRecommendations'));
  else {
    lines.push(mdText(t(s, 'card.recommendationsLead', { country: card.name })), '');
    card.recommendations.forEach((r, k) => {
      const gain = r.score === null ? t(s, 'card.gainMissing', { points: fmt(L, r.gain) }) : t(s, 'card.gain', { points: fmt(L, r.gain) });
      lines.push(`${k + 1}. **${mdText(r.name)}**: ${mdText(r.text)} (${gain})`);
    });
  }
  if (card.previous !== null) {
    lines.push('', `## ${t(s, 'card.changes', { previous: card.previous })}`, '');
    if (card.changes.length === 0) lines.push(t(s, 'card.noChanges', { previous: card.previous }));
    for (const c of card.changes) {
      lines.push(`- **${mdText(c.name)}**: ${mdText(t(s, 'card.changeLine', { before: c.before ?? t(s, 'value.missing'), after: c.after ?? t(s, 'value.missing') }))}${c.justification ? ` — ${mdText(c.justification)}` : ''}`);
    }
  }
  lines.push('', `## ${t(s, 'card.indicators')}`, '', `_${t(s, 'card.evidenceLanguage')}_`, '', `_${t(s, 'card.evidenceAsOf', { date: card.referenceDate })}_`);
  for (const i of card.indicators) {
    lines.push('', `### ${mdText(i.name)}`, '');
    if (i.question) lines.push(`_${mdText(i.question)}_`, '');
    const answer = i.kind === 'answered' ? `**${mdText(i.answer ?? '')}**${i.partial ? ` (${t(s, 'value.partial')})` : ''}` : `_${i.kind === 'na' ? t(s, 'value.na') : t(s, 'value.missing')}_`;
    lines.push(`${answer}: ${t(s, 'col.score')} ${fmt(L, i.score)}`);
    if (i.justification) lines.push('', mdText(i.justification));
    if (i.source) {
      const url = i.sourceUrls.map(mdUrl).find((u) => u !== null);
      const src = url ? `[${mdText(i.source)}](${url})` : mdText(i.source);
      lines.push('', `${t(s, 'col.source')}: ${src}${mdText(sourceSuffix(s, i))}`);
    }
    const flagged = flaggedText(s, i);
    if (flagged) lines.push('', `**${mdText(flagged)}**`);
  }
  return `${lines.join('\n')}\n`;
}
