const formatters = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per locale and options, made once (constructing one costs ~0.1 ms). */
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** Number formatting for pages, per locale: one decimal for scores, signed for changes. */
export function fmt(locale: string, value: number | null, digits = 1): string {
  if (value === null) return '–';
  return formatter(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function signed(locale: string, value: number | null, digits = 1): string {
  if (value === null) return '–';
  return formatter(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

export function int(locale: string, value: number | null): string {
  return value === null ? '–' : formatter(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A CSS class name from a band label (letters, digits and dashes only). */
export function bandClass(band: string | null): string {
  return `band band-${(band ?? 'none').replace(/[^A-Za-z0-9-]/g, '')}`;
}
