import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import type { Scorecard } from '../model/scorecard.js';

/**
 * A scorecard's rank in words: "not ranked", "3 of 24", "rank 6, plausibly 4–15" when the
 * sensitivity analysis gave a range, or "rank 1 under every alternative tested" when the range
 * is a single rank.
 */
export function rankText(card: Scorecard, s: Strings): string {
  if (card.rank === null) return t(s, 'value.notRanked');
  if (!card.interval) return t(s, 'card.rankOf', { rank: card.rank, count: card.rankedCount });
  const [low, high] = card.interval;
  return low === high ? t(s, 'card.rankFirm', { rank: card.rank }) : t(s, 'card.rankInterval', { rank: card.rank, low, high });
}
