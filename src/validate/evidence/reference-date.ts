import type { Methodology } from '../../schema/methodology.js';

/**
 * The day an edition's answers describe (YYYY-MM-DD): `editions.<year>.referenceDate` in the
 * methodology, else 31 December of the edition year.
 * @example referenceDate(methodology, 2018) // '2018-12-31' unless the methodology says otherwise
 */
export function referenceDate(methodology: Pick<Methodology, 'editions'>, edition: number): string {
  return methodology.editions?.[String(edition)]?.referenceDate ?? `${edition}-12-31`;
}

/**
 * Whether a source date (YYYY, YYYY-MM or YYYY-MM-DD) lies wholly after a day: a date given to
 * the year or month counts from its first day, so `2018` and `2018-12` are not after 2018-12-31
 * but `2019` is.
 */
export function datedAfter(sourceDate: string, day: string): boolean {
  return sourceDate > day.slice(0, sourceDate.length);
}
