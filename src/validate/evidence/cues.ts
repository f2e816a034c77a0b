import type { AnswerCueRow } from '../../schema/evidence.js';
import type { ScaleOption } from '../../schema/scale.js';

const NEGATION = /(?:\bnot|\bno|\bnever|\bwithout|n['’]t)\s+$/;
const WORD_END = /[\p{L}\d]$/u;
const WORD_CHAR = /^[\p{L}\d]$/u;
const normal = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
const phrases = new WeakMap<AnswerCueRow, string>();
/** A cue's phrase, normalised once per row. */
function phraseOf(cue: AnswerCueRow): string {
  let p = phrases.get(cue);
  if (p === undefined) phrases.set(cue, (p = normal(cue.phrase)));
  return p;
}

/**
 * The first cue phrase of a lower-scoring option of the answer's scale that the justification
 * uses (whole words, any case), or null. A phrase right after "not", "no", "never", "without" or
 * "n't" does not count ("not widespread" is not "widespread").
 */
export function lowerCue(
  justification: string | null,
  code: string,
  options: readonly ScaleOption[],
  cues: readonly AnswerCueRow[],
): { phrase: string; code: string } | null {
  if (!justification) return null;
  const own = options.find((o) => o.code === code);
  if (!own) return null;
  let text: string | undefined;
  for (const cue of cues) {
    if (cue.scale !== own.scale) continue;
    const option = options.find((o) => o.code === cue.code);
    if (!option || option.score >= own.score) continue;
    const phrase = phraseOf(cue);
    text ??= normal(justification);
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      // a letter or digit right before (a surrogate pair read whole) or right after: inside a word
      if (WORD_END.test(text.slice(Math.max(0, at - 2), at)) || WORD_CHAR.test(text.charAt(at + phrase.length))) continue;
      // the negation, if any, ends right before the phrase: look at the few words before it only
      if (NEGATION.test(text.slice(Math.max(0, at - 40), at)) && !/^(not|no|never|without)\b/.test(phrase)) continue;
      return { phrase: cue.phrase, code: cue.code };
    }
  }
  return null;
}
