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
export type Country = z.infer<typeof Country>;
export const countryColumns = ['iso3', 'name', 'region'] as const;
