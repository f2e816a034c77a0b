import type { Country } from '../schema/country.js';
import type { Indicator } from '../schema/indicator.js';
import type { EditionMatrix } from './edition-matrix.js';

/**
 * Denomination (COINr's Denominate; OECD/JRC Handbook 2008, step 3): each indicator that names a
 * `denominator` column of countries.csv becomes x′ = x / d × s, with d the country's value in
 * that column and s the indicator's `denominator_scale` (blank = 1), e.g. trade / GDP × 100 or
 * flights / population × 1000. Rule for missing values: a blank (null) or not-applicable
 * (undefined) answer stays as it is; a country without a value in the column gets null (no
 * value), as COINr gives NA. Validation has already refused a non-number or zero in a column
 * used as a denominator. Countries are matched by iso3; returns a new matrix.
 * @example denominate(matrix with AUT flights 29, indicators [{ id: 'flights', denominator: 'population', denominator_scale: 1000 }], [{ iso3: 'AUT', attributes: { population: '8735' } }]) // AUT flights 29 / 8735 × 1000 = 3.3200…
 */
export function denominate(
  matrix: EditionMatrix,
  indicators: readonly Pick<Indicator, 'id' | 'denominator' | 'denominator_scale'>[],
  countries: readonly Pick<Country, 'iso3' | 'attributes'>[],
): EditionMatrix {
  const by = indicators.map((ind) => ind.denominator ?? null);
  if (by.every((d) => d === null)) return matrix;
  const attributes = new Map(countries.map((c) => [c.iso3, c.attributes ?? {}]));
  const values = matrix.values.map((row, c) => {
    const own = attributes.get(matrix.countries[c]!) ?? {};
    return row.map((v, i) => {
      const column = by[i];
      if (column === null || column === undefined || typeof v !== 'number') return v;
      const text = own[column];
      if (text === undefined || text.trim() === '') return null;
      return (v / Number(text)) * (indicators[i]!.denominator_scale ?? 1);
    });
  });
  return { ...matrix, values };
}
