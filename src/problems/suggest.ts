/**
 * Levenshtein distance between two strings (insertions, deletions, substitutions cost 1).
 * @example editDistance('child_ban', 'child_bans') // 1
 */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Whether every `_`-separated word of `short` appears, in order, among the words of `long`. */
function abbreviates(short: string, long: string): boolean {
  const a = short.split('_').filter(Boolean);
  const b = long.split('_');
  if (a.length < 2) return false;
  let k = 0;
  for (const w of b) if (k < a.length && w === a[k]) k++;
  return k === a.length;
}

/**
 * The closest candidate to a near-miss id, or null when none is close: within a third of the
 * longer length (at least 2 edits), or one contains the other. Case-insensitive.
 * @example suggest('child_ban', ['child_detention_ban', 'judicial_review']) // 'child_detention_ban'
 */
export function suggest(value: string, candidates: Iterable<string>): string | null {
  const v = value.toLowerCase();
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const l = c.toLowerCase();
    if (l === v) return c;
    const d = editDistance(v, l);
    // short ids (country codes) allow one edit; longer ones a third of their length
    const limit = Math.max(v.length <= 3 ? 1 : 2, Math.floor(Math.max(v.length, l.length) / 3));
    const contains = v.length >= 3 && (l.includes(v) || v.includes(l));
    const score = d <= limit ? d : contains || abbreviates(v, l) ? limit + 1 : Infinity;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}
