import type { ChartStrings } from '../report/charts/strings.js';
import { en, type Strings } from './report-en.js';

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
};

export const defaultLanguages = Object.keys(languages);
