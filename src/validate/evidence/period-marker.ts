/**
 * The documented marker that a justification describes the edition's period although its source
 * is dated later: one of the phrases "as of", "as at", "at the end of", "by the end of",
 * "in force in", "describe(s)"/"described"/"describing", followed (with at most three words in
 * between, e.g. "describes the situation in 2018", "as of December 2018") by a year no later
 * than the edition's reference year.
 */
const MARKER = /\b(?:as of|as at|at the end of|by the end of|in force in|describ(?:e|es|ed|ing))\s+(?:[\p{L}\d'’-]+,?\s+){0,3}?((?:19|20)\d{2})\b/giu;

/** A cheap first look: MARKER cannot match a text without one of its phrases (same flags, so the same case folding). */
const PHRASE = /as of|as at|end of|in force in|describ/iu;

/** Whether `text` carries the marker for a reference year (see MARKER). */
export function statesPeriod(text: string | null, referenceYear: number): boolean {
  if (!text || !PHRASE.test(text)) return false;
  for (const m of text.matchAll(MARKER)) if (Number(m[1]) <= referenceYear) return true;
  return false;
}
