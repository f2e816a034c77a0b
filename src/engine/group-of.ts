import type { Country } from '../schema/country.js';

/**
 * Each country's group for group imputation: its `region`, or its value in another column of
 * countries.csv (an attribute such as an income group); null where the cell is blank (those
 * countries form one group of their own, as blank regions always have).
 * @example groupsOf([{ iso3: 'AUT', region: 'Europe', attributes: { income: 'XL' } }], 'income') // ['XL']
 */
export function groupsOf(countries: readonly Pick<Country, 'region' | 'attributes'>[], column: string): (string | null)[] {
  return countries.map((c) => (column === 'region' ? c.region : c.attributes?.[column] ?? null));
}
