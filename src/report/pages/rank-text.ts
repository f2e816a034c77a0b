import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import type { Scorecard } from '../model/scorecard.js';
import { ordinal } from './ordinal.js';

/**
 * A scorecard's rank in words, always with the number ranked: "not ranked", "rank 3 of 24",
 * "joint 1st of 21" when another country has the same score, and with the sensitivity
 * analysis's range "rank 6 of 21, plausibly 4–15", or "… under every alternative tested" when
 * the range is a single rank.
 */
export function rankText(card: Scorecard, s: Strings, locale = 'en'): string {
  if (card.rank === null) return t(s, 'value.notRanked');
  const params = { rank: card.rank, ordinal: ordinal(locale, card.rank), count: card.rankedCount };
  const rank = t(s, card.tied ? 'card.rankJoint' : 'card.rankOf', params);
  if (!card.interval) return rank;
  const [low, high] = card.interval;
  return low === high ? t(s, 'card.rankFirm', { rank }) : t(s, 'card.rankInterval', { rank, low, high });
}
