const englishSuffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const englishRules = new Intl.PluralRules('en', { type: 'ordinal' });

/**
 * A rank as an ordinal in a language's written form: English 1st, 2nd, 3rd, 11th, 21st;
 * French 1er, 2e; Spanish 1.º; otherwise the plain number.
 * @example ordinal('en', 22) // '22nd'
 */
export function ordinal(locale: string, n: number): string {
  const lang = locale.slice(0, 2);
  if (lang === 'en') return `${n}${englishSuffix[englishRules.select(n)] ?? 'th'}`;
  if (lang === 'fr') return n === 1 ? '1er' : `${n}e`;
  if (lang === 'es') return `${n}.º`;
  return String(n);
}
