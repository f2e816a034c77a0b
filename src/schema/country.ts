import { z } from 'zod';
import { OptionalText, Text } from './common.js';

/** An ISO 3166-1 alpha-3 code, upper case. Only such codes ever become file names. */
export const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'three capital letters (ISO 3166-1 alpha-3)');

/** A row of countries/countries.csv. */
export const Country = z.object({
  iso3: Iso3,
  name: Text,
  region: OptionalText,
});
/**
 * A country: its row of countries.csv. `attributes` holds the file's other columns (blank cells
 * left out), as text: denominators such as population or GDP, group columns such as income.
 */
export type Country = z.infer<typeof Country> & { attributes?: Record<string, string> };
export const countryColumns = ['iso3', 'name', 'region'] as const;
