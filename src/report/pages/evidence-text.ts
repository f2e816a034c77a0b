import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import type { IndicatorLine } from '../model/scorecard.js';

/** A source kind in the reader's language (`kind.<id>` in the catalogue), else the id from indicators/source-kinds.csv. */
const kindName = (s: Strings, kind: string): string => (s as Record<string, string>)[`kind.${kind}`] ?? kind;

/** What follows a source's title on a scorecard: ", dated 2019, kind: government" (either part only when known). */
export function sourceSuffix(s: Strings, i: Pick<IndicatorLine, 'sourceDate' | 'sourceKinds'>): string {
  const parts = [
    ...(i.sourceDate ? [t(s, 'card.sourceDate', { date: i.sourceDate })] : []),
    ...(i.sourceKinds.length ? [t(s, 'card.sourceKind', { kind: i.sourceKinds.map((k) => kindName(s, k)).join(', ') })] : []),
  ];
  return parts.map((p) => `, ${p}`).join('');
}

/** "Evidence flagged for review: …" for an answer with flags, else null. */
export function flaggedText(s: Strings, i: Pick<IndicatorLine, 'flags'>): string | null {
  if (i.flags.length === 0) return null;
  return t(s, 'card.flagged', { flags: i.flags.map((f) => s[`flag.${f}`]).join(t(s, 'punct.semicolon')) });
}
