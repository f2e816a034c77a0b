import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTranslations } from '../../src/io/translations.js';
import { defaultLanguages, languages } from '../../src/messages/languages.js';
import { en, type MessageKey } from '../../src/messages/report-en.js';
import { t } from '../../src/messages/t.js';
import { EN, t as chartT, type Message, type MessageKey as ChartKey } from '../../src/report/charts/strings.js';
import { loadProject } from '../../src/project.js';
import type { Dataset } from '../../src/schema/dataset.js';
import type { Problem } from '../../src/problems/problem.js';

/*
 * Every translation is complete and keeps the English placeholders; every indicators/i18n/<lang>.csv
 * covers the framework of the shipped project (the repository root) and nothing else. Failures name
 * the keys at fault.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const translated = Object.keys(languages).filter((code) => code !== 'en');
const enKeys = Object.keys(en) as MessageKey[];
const chartKeys = Object.keys(EN) as ChartKey[];

/**
 * Countries being added to countries/countries.csv: their names may be translated ahead of time.
 * Once they are in the project they are required like any other country.
 */
const pendingCountries = ['FRA', 'NLD', 'SWE', 'IRL', 'PRT'];

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[A-Za-z]/;

/** Fails unless `list` is empty, naming every item in the message. */
function none(list: readonly string[], what: string): void {
  expect(list, `${what}: ${list.join('; ')}`).toEqual([]);
}

/** A problem on one line: where and what. */
function show(p: Problem): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`} ${p.code}${p.value === undefined ? '' : ` (${p.value})`}`;
}

/** The `{name}` placeholders of a template, sorted and without repeats. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** Text with its placeholders removed (to tell whether a template has words at all). */
function words(text: string): string {
  return text.replace(/\{\w+\}/g, '');
}

/** Every form of a chart message, as [form, template] pairs (`''` for a plain string). */
function forms(message: Message): [string, string][] {
  return typeof message === 'string' ? [['', message]] : Object.entries(message).filter((e): e is [string, string] => typeof e[1] === 'string');
}

describe('languages', () => {
  it('registers en, fr, es and ar, in that order, as the default languages', () => {
    expect(defaultLanguages).toEqual(['en', 'fr', 'es', 'ar']);
    for (const code of defaultLanguages) {
      const lang = languages[code];
      expect(lang, `languages.${code}`).toBeDefined();
      expect(lang!.code).toBe(code);
      expect(lang!.locale).toBe(code);
      expect(lang!.dir).toBe(code === 'ar' ? 'rtl' : 'ltr');
    }
  });

  it('names each language in that language', () => {
    expect(Object.fromEntries(defaultLanguages.map((c) => [c, t(languages[c]!.strings, 'lang.name')]))).toEqual({
      en: 'English',
      fr: 'Français',
      es: 'Español',
      ar: 'العربية',
    });
  });
});

describe.each(translated)('report strings: %s', (code) => {
  const strings = languages[code]!.strings as Record<string, unknown>;

  it('has every key of en and no other', () => {
    const missing = enKeys.filter((k) => typeof strings[k] !== 'string' || (strings[k] as string).trim() === '');
    const unknown = Object.keys(strings).filter((k) => !(k in en));
    none(missing, `${code}: keys missing or empty`);
    none(unknown, `${code}: keys that en does not have`);
  });

  it('keeps the placeholders of every English string', () => {
    const wrong = enKeys
      .filter((k) => typeof strings[k] === 'string')
      .filter((k) => placeholders(strings[k] as string).join() !== placeholders(en[k]).join())
      .map((k) => `${k}: ${placeholders(strings[k] as string).join(' ')} ≠ en ${placeholders(en[k]).join(' ')}`);
    none(wrong, `${code}: placeholders differ from en`);
  });
});

describe.each(translated)('chart strings: %s', (code) => {
  const chart = languages[code]!.chart as Record<string, Message | undefined>;
  const locale = languages[code]!.locale;

  it('has every key of EN and no other', () => {
    const missing = chartKeys.filter((k) => chart[k] === undefined);
    const unknown = Object.keys(chart).filter((k) => !(k in EN));
    none(missing, `${code}: chart keys missing`);
    none(unknown, `${code}: chart keys that EN does not have`);
  });

  it('is a plural message exactly where EN is, with every plural form of the locale', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
    // `many` in French and Spanish is for millions (1 000 000 de pays): `other` covers it.
    const needed = code === 'ar' ? categories : ['one', 'other'];
    const wrong: string[] = [];
    for (const k of chartKeys) {
      const m = chart[k];
      if (m === undefined) continue;
      const plural = typeof EN[k] !== 'string';
      if (plural !== (typeof m !== 'string')) wrong.push(`${k}: ${plural ? 'should be plural forms' : 'should be a string'}`);
      else if (typeof m !== 'string') {
        const lacking = needed.filter((f) => typeof (m as Record<string, unknown>)[f] !== 'string');
        if (lacking.length) wrong.push(`${k}: lacks ${lacking.join(', ')}`);
        const extra = Object.keys(m).filter((f) => !categories.includes(f));
        if (extra.length) wrong.push(`${k}: forms ${extra.join(', ')} do not exist in ${locale}`);
      }
    }
    none(wrong, `${code}: plural forms`);
  });

  it('keeps the placeholders of every English message in every form', () => {
    const wrong: string[] = [];
    for (const k of chartKeys) {
      const m = chart[k];
      if (m === undefined) continue;
      const english = placeholders(typeof EN[k] === 'string' ? (EN[k] as string) : (EN[k] as { other: string }).other);
      for (const [form, template] of forms(m)) {
        let got = placeholders(template);
        // In zero, one and two the word itself says the number («بلد واحد», «بلدان اثنان»).
        if (['zero', 'one', 'two'].includes(form) && !got.includes('count')) got = [...got, 'count'].sort();
        if (got.join() !== english.join()) wrong.push(`${k}${form ? `.${form}` : ''}: ${placeholders(template).join(' ')} ≠ EN ${english.join(' ')}`);
      }
    }
    none(wrong, `${code}: placeholders differ from EN`);
  });

  it('fills a counted message for every count without leaving a placeholder', () => {
    const counted = chartKeys.filter((k) => typeof EN[k] !== 'string');
    const left: string[] = [];
    for (const k of counted) {
      for (const count of [0, 1, 2, 3, 11, 100, 101, 1.5]) {
        const text = chartT(k, { count }, chart as Record<string, Message>, locale);
        if (/\{\w+\}/.test(text)) left.push(`${k} (count ${count}): ${text}`);
      }
    }
    none(left, `${code}: unfilled placeholders`);
  });
});

describe('Arabic', () => {
  const ar = languages.ar!;

  it('writes every report string that has words in Arabic letters', () => {
    const latinOnly = enKeys.filter((k) => LATIN.test(words(en[k])) && !ARABIC.test(ar.strings[k]));
    none(latinOnly, 'ar: report strings with no Arabic letters');
  });

  it('writes every chart message that has words in Arabic letters', () => {
    const latinOnly: string[] = [];
    for (const k of chartKeys) {
      const m = ar.chart[k];
      if (m === undefined) continue;
      for (const [form, template] of forms(m)) {
        const english = typeof EN[k] === 'string' ? (EN[k] as string) : (EN[k] as { other: string }).other;
        if (LATIN.test(words(english)) && !ARABIC.test(template)) latinOnly.push(`${k}${form ? `.${form}` : ''}`);
      }
    }
    none(latinOnly, 'ar: chart messages with no Arabic letters');
  });
});

describe('indicators/i18n', () => {
  let dataset: Dataset;

  beforeAll(async () => {
    const loaded = await loadProject(root);
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    none(errors.map(show), 'the shipped project loads without errors');
    dataset = loaded.dataset!;
  });

  /** Every key the framework of the shipped project needs translated. */
  function expectedKeys(d: Dataset): string[] {
    return [
      ...d.dimensions.map((x) => `dimension.${x.id}.name`),
      ...d.indicators.flatMap((i) => ['name', 'question', 'recommendation'].map((f) => `indicator.${i.id}.${f}`)),
      ...Object.entries(d.scales).flatMap(([scale, options]) => options.map((o) => `scale.${scale}.${o.code}.label`)),
      ...d.methodology.bands.map((b) => `band.${b.label}`),
      ...d.countries.map((c) => `country.${c.iso3}.name`),
      ...[...new Set(d.countries.map((c) => c.region).filter((r): r is string => r !== null))].map((r) => `region.${r}`),
    ];
  }

  it('the shipped methodology has the five bands the files translate', () => {
    expect(dataset.methodology.bands.map((b) => b.label).sort()).toEqual(['Advanced', 'Leading', 'Limited', 'Minimal', 'Partial']);
  });

  it.each(translated)('%s.csv reads without problems', async (code) => {
    const { table, problems } = await readTranslations(root, code);
    none(problems.map(show), `indicators/i18n/${code}.csv`);
    expect(table.size).toBeGreaterThan(0);
  });

  it.each(translated)('%s.csv covers every dimension, indicator, scale option, band, country and region', async (code) => {
    const { table } = await readTranslations(root, code);
    const missing = expectedKeys(dataset).filter((k) => !table.get(k)?.trim());
    none(missing, `indicators/i18n/${code}.csv: keys missing or empty`);
  });

  it.each(translated)('%s.csv has no unknown keys', async (code) => {
    const { table } = await readTranslations(root, code);
    const known = new Set([...expectedKeys(dataset), ...pendingCountries.map((c) => `country.${c}.name`)]);
    const unknown = [...table.keys()].filter((k) => !known.has(k));
    none(unknown, `indicators/i18n/${code}.csv: keys the project does not have`);
  });

  it('ar.csv is written in Arabic letters', async () => {
    const { table } = await readTranslations(root, 'ar');
    const latinOnly = [...table].filter(([, text]) => !ARABIC.test(text)).map(([k]) => k);
    none(latinOnly, 'indicators/i18n/ar.csv: texts with no Arabic letters');
  });
});
