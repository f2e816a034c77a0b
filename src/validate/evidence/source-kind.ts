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

/** The first row of indicators/source-kinds.csv whose pattern matches the host (rows are tried in file order). */
export function kindOfHost(host: string, kinds: readonly SourceKindRow[]): SourceKindRow | null {
  return kinds.find((k) => regexOf(k).test(host)) ?? null;
}

const words = new Map<string, RegExp>();
/** A `named_as` word as a whole-word pattern (made once per word). */
function wordOf(w: string): RegExp {
  let re = words.get(w);
  if (!re) words.set(w, (re = new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u')));
  return re;
}

/** Whether the source or justification names the weak kind as such (one of its `named_as` words, whole words, any case). */
export function namedAs(row: SourceKindRow, texts: readonly (string | null)[]): boolean {
  const all = texts.filter((t) => t !== null).join(' ').toLowerCase();
  return row.named_as.some((w) => wordOf(w).test(all));
}
