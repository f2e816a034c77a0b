/** Line breaking for the PDF layout: greedy, by measured width, never by character count. */

/** Width of `text` in points in the current font (a bound `ctx.measureText(text).width`). */
export type Measure = (text: string) => number;

/**
 * Break `text` into lines no wider than `width`: greedy, at spaces, a line's width taken as the
 * sum of its words' and spaces' widths; a word wider than the line
 * (a long URL) is cut at the longest prefix that fits, preferring a cut after `/`, `?`, `&`, `-`
 * or `.` in its second half. Runs of whitespace (newlines too) count as one space; an empty or
 * blank text gives no lines. Every line has at least one character, so this always ends.
 * @example wrap((s) => s.length, 'aa bb cc', 5) // ['aa bb', 'cc']
 */
export function wrap(measure: Measure, text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const space = measure(' ');
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of words) {
    // Widths add up word by word (a space between words stops kerning and shaping).
    const w = measure(word);
    if (line !== '' && used + space + w <= width) {
      line = `${line} ${word}`;
      used += space + w;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    let restW = w;
    while (restW > width && rest.length > 1) {
      const cut = cutPoint(measure, rest, width);
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
      restW = measure(rest);
    }
    line = rest;
    used = restW;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Index at which to cut `word` so the head fits `width` (at least 1). */
function cutPoint(measure: Measure, word: string, width: number): number {
  // Longest fitting prefix by binary search on code units; never split a surrogate pair.
  let lo = 1;
  let hi = word.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(word.slice(0, mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  if (/[\uDC00-\uDFFF]/.test(word[lo] ?? '') && lo > 1) lo -= 1;
  for (let k = lo; k > lo / 2; k--) if (/[/?&\-.]/.test(word[k - 1] ?? '')) return k;
  return lo;
}

export { textDirection } from '../bidi.js';
