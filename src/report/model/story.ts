import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import type { Change, Scorecard } from './scorecard.js';

/** The language the evidence (justifications, sources) is written in: the research language. */
export const EVIDENCE_LANG = 'en';

/** Indicator sentences in a story at most (with the lead sentence: 2–5 sentences). */
export const STORY_ITEMS = 4;

export interface StoryItem {
  /** The templated sentence, in the page's language. */
  text: string;
  /** The evidence in the research language (`EVIDENCE_LANG`), to be marked as such, or null. */
  evidence: string | null;
  source: { label: string; url: string | null } | null;
}

export interface Story {
  lead: string;
  items: StoryItem[];
}

/**
 * A source date ("2023", "2023-03" or "2023-03-15") as the page's language writes a month and
 * year ("March 2023", "mars 2023"), or the year alone; null for no or an unreadable date.
 */
export function storyDate(date: string | null, locale: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return null;
  if (!m[2]) return m[1]!;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(at);
}

const points = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(value));

/**
 * The change since the previous edition told as 2–5 sentences: a lead on the overall score, then
 * one sentence per indicator that moved, most index points gained or lost first (changes with no
 * score, such as a raw number, after them; ties in indicator order), each with the date of its
 * evidence when known, the evidence itself and its source. Null when there is no previous
 * edition or nothing changed. Pure; the words come from the catalogue `s`.
 */
export function changeStory(card: Scorecard, s: Strings, locale: string): Story | null {
  if (card.previous === null || card.changes.length === 0) return null;
  const order = new Map(card.changes.map((c, k) => [c.id, k]));
  const size = (c: Change) => (c.points === null ? -1 : Math.abs(c.points));
  const moved = [...card.changes].sort((a, b) => size(b) - size(a) || order.get(a.id)! - order.get(b.id)!).slice(0, STORY_ITEMS);
  const delta = card.change?.score ?? null;
  const score = card.score === null ? '–' : points(locale, card.score);
  const lead = delta === null || card.score === null
    ? t(s, 'story.leadUnscored', { country: card.name, previous: card.previous, count: card.changes.length })
    : t(s, delta > 0 ? 'story.leadUp' : delta < 0 ? 'story.leadDown' : 'story.leadSame', { country: card.name, previous: card.previous, points: points(locale, delta), score });
  const items = moved.map((c): StoryItem => {
    const words = {
      indicator: c.name,
      before: c.before ?? t(s, 'value.missing'),
      after: c.after ?? t(s, 'value.missing'),
      points: c.points === null ? '' : points(locale, c.points),
    };
    const key = c.points === null || c.points === 0 ? 'story.moved' : c.points > 0 ? 'story.gained' : 'story.lost';
    const date = storyDate(c.sourceDate, locale);
    const text = date ? t(s, 'story.dated', { date, sentence: t(s, key, words) }) : t(s, key, words);
    return {
      text,
      evidence: c.justification,
      source: c.source ? { label: c.source, url: c.sourceUrls[0] ?? null } : null,
    };
  });
  return { lead, items };
}
