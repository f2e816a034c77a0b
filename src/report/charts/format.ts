import { t, type ChartStrings, type MessageKey } from './strings.js';
import type { ChartOptions } from './types.js';

/** Resolved builder options: locale, direction, and bound helpers for words and numbers. */
export interface Ctx {
  locale: string;
  rtl: boolean;
  strings: Partial<ChartStrings>;
  /** Look up a message in the catalogue. */
  msg: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** A number with one decimal for the locale; null becomes the catalogue's "no data". */
  num: (value: number | null) => string;
  /** A whole number for the locale. */
  int: (value: number) => string;
  /** A signed change with one decimal ("+3.2", "−1.5", "0.0"), with a true minus sign. */
  signed: (value: number) => string;
}

export function context(options: ChartOptions = {}): Ctx {
  const locale = options.locale ?? 'en';
  const strings = options.strings ?? {};
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const sign = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const msg = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, params, strings, locale);
  const rtl = options.dir === 'rtl';
  // In right-to-left text a range such as "0–20" displays as "20–0": fence every formatted
  // number with left-to-right marks so numbers and ranges keep their order.
  const ltr = (s: string) => (rtl ? `\u200E${s}\u200E` : s);
  return {
    locale,
    rtl,
    strings,
    msg,
    num: (value) => (value === null ? msg('missing') : ltr(one.format(value))),
    int: (value) => ltr(whole.format(value)),
    // Typographic minus (U+2212) rather than a hyphen, as in print.
    signed: (value) => ltr(sign.format(value).replace('-', '\u2212')),
  };
}

/**
 * Order items by value, highest first; ties and missing values (last) by label in the locale's
 * collation, so the order never depends on input order.
 */
export function byValueDesc<T>(items: readonly T[], value: (item: T) => number | null, label: (item: T) => string, locale: string): T[] {
  const collator = new Intl.Collator(locale);
  return [...items].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null && va !== vb) return vb - va;
    return collator.compare(label(a), label(b));
  });
}

/**
 * Competition ranks ("1224") of values already sorted highest first; null values get null.
 * @example competitionRanks([80, 70, 70, 60]) // [1, 2, 2, 4]
 */
export function competitionRanks(sorted: readonly (number | null)[]): (number | null)[] {
  const ranks: (number | null)[] = [];
  sorted.forEach((v, i) => {
    if (v === null) ranks.push(null);
    else if (i > 0 && sorted[i - 1] === v) ranks.push(ranks[i - 1] ?? i + 1);
    else ranks.push(i + 1);
  });
  return ranks;
}
