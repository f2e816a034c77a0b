import type { SourceKindRow } from '../../schema/evidence.js';

/** The host of a web address, lower case, without a leading `www.` or a trailing dot; null if it has none. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

const cache = new WeakMap<SourceKindRow, RegExp>();
function regexOf(row: SourceKindRow): RegExp {
  let re = cache.get(row);
  if (!re) {
    const body = row.pattern.split('*').map((s) => s.replace(/[.\-]/g, '\\$&')).join('.*');
    re = new RegExp(row.pattern.includes('*') ? `^${body}$` : `^(?:.*\\.)?${body}$`);
    cache.set(row, re);
  }
  return re;
}

/**
 * The rows of source-kinds.csv indexed for lookup: a plain pattern (no `*`) by its text, first row
 * first, and the few patterns with `*` as regular expressions with their row numbers.
 */
interface KindIndex { plain: Map<string, number>; wild: { at: number; re: RegExp }[] }
const indexes = new WeakMap<readonly SourceKindRow[], KindIndex>();
function indexOf(kinds: readonly SourceKindRow[]): KindIndex {
  let index = indexes.get(kinds);
  if (!index) {
    index = { plain: new Map(), wild: [] };
    kinds.forEach((k, at) => {
      if (k.pattern.includes('*')) index!.wild.push({ at, re: regexOf(k) });
      else if (!index!.plain.has(k.pattern)) index!.plain.set(k.pattern, at);
    });
    indexes.set(kinds, index);
  }
  return index;
}

/**
 * The first row of indicators/source-kinds.csv whose pattern matches the host (rows are tried in
 * file order): a plain pattern matches the host and its subdomains, so the host and each of its
 * parent domains are looked up, and the wildcard patterns are tested.
 */
export function kindOfHost(host: string, kinds: readonly SourceKindRow[]): SourceKindRow | null {
  const { plain, wild } = indexOf(kinds);
  let first = Infinity;
  for (let rest = host; ; rest = rest.slice(rest.indexOf('.') + 1)) {
    const at = plain.get(rest);
    if (at !== undefined && at < first) first = at;
    if (!rest.includes('.')) break;
  }
  for (const w of wild) if (w.at < first && w.re.test(host)) first = w.at;
  return kinds[first] ?? null;
}

const LETTER = /\p{L}/u;
/** The code point that ends just before index `at` of `text` (a surrogate pair read whole). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.codePointAt(at - 2)! : low;
}
const isLetter = (codePoint: number) => LETTER.test(String.fromCodePoint(codePoint));

/** Whether `word` occurs in `text` as a whole word: no letter right before or after it. */
export function hasWord(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !isLetter(codePointBefore(text, at))) && (end === text.length || !isLetter(text.codePointAt(end)!))) return true;
  }
  return false;
}

/**
 * The names a text may use for a host: each of its labels of four or more letters and digits
 * (hyphens dropped), without the last label (the top-level domain) and `www`, e.g.
 * `newsbite.mooo.com` → `newsbite`, `mooo`; `fdocuments.es` → `fdocuments`; `web.test.ohchr.un-icc.cloud` →
 * `test`, `ohchr`, `unicc`.
 */
export function namesOfHost(host: string): string[] {
  const labels = host.split('.');
  return labels.slice(0, -1).map((l) => l.replace(/-/g, '')).filter((l) => l.length >= 4 && l !== 'www');
}

/** The sentences of a text: split after `.`, `!` or `?` followed by white space, and at line ends. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/);
}

/** A sentence with every character that is not a letter or digit removed, lower case (so "Teller Report" matches `tellerreport`). */
const squeeze = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const hasNamingWord = (row: SourceKindRow, text: string) => {
  const lower = text.toLowerCase();
  return row.named_as.some((w) => hasWord(lower, w));
};

/**
 * Whether the answer names the weak host at `urls[at]` as such, in one of two ways:
 * - one sentence of the source or the justification both mentions the host by one of its names
 *   (see `namesOfHost`; any case, spaces and punctuation ignored) and contains one of the kind's
 *   `named_as` words (a whole word, any case); or
 * - the source lists one citation per address (as many `;`-separated citations as addresses) and
 *   the citation in the address's place contains a `named_as` word ("TRAC via Immigration Prof
 *   Blog" for a blog's address).
 * A naming word elsewhere in the row does not count, so "(via ReliefWeb)" for one address does not
 * excuse a content farm at another.
 */
export function namedAs(row: SourceKindRow, answer: { source: string | null; justification: string | null; urls: readonly string[] }, at: number, host: string): boolean {
  if (row.named_as.length === 0) return false;
  const { source, justification, urls } = answer;
  if (source !== null) {
    const citations = source.split(';');
    if (citations.length === urls.length && hasNamingWord(row, citations[at]!)) return true;
  }
  const names = namesOfHost(host);
  for (const text of [source, justification]) {
    if (text === null) continue;
    for (const sentence of sentencesOf(text)) {
      if (!hasNamingWord(row, sentence)) continue;
      const flat = squeeze(sentence);
      if (names.some((n) => flat.includes(n))) return true;
    }
  }
  return false;
}
