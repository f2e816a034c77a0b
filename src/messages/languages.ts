import type { ChartStrings } from '../report/charts/strings.js';
import { AR } from '../report/charts/strings-ar.js';
import { ES } from '../report/charts/strings-es.js';
import { FR } from '../report/charts/strings-fr.js';
import { ar } from './report-ar.js';
import { en, type Strings } from './report-en.js';
import { es } from './report-es.js';
import { fr } from './report-fr.js';

/** A language the reports can be written in. */
export interface Language {
  code: string;
  /** BCP 47 locale for numbers. */
  locale: string;
  dir: 'ltr' | 'rtl';
  strings: Strings;
  chart: Partial<ChartStrings>;
}

export const languages: Record<string, Language> = {
  en: { code: 'en', locale: 'en', dir: 'ltr', strings: en, chart: {} },
  fr: { code: 'fr', locale: 'fr', dir: 'ltr', strings: fr, chart: FR },
  es: { code: 'es', locale: 'es', dir: 'ltr', strings: es, chart: ES },
  ar: { code: 'ar', locale: 'ar', dir: 'rtl', strings: ar, chart: AR },
};

/** The languages the reports are written in unless told otherwise, English first. */
export const defaultLanguages: string[] = ['en', 'fr', 'es', 'ar'];
