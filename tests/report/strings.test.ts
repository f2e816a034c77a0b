import { describe, expect, it } from 'vitest';
import { EN, t } from '../../src/report/charts/strings.js';
import { context } from '../../src/report/charts/format.js';

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('radarTitle', { name: 'Mexico' })).toBe('Mexico: scores by dimension');
    expect(t('radarTitle')).toBe('{name}: scores by dimension');
  });

  it('picks the plural form from the count with the locale’s rules', () => {
    expect(t('rankingAltMissing', { count: 1 })).toBe('1 country not ranked for lack of data.');
    expect(t('rankingAltMissing', { count: 3 })).toBe('3 countries not ranked for lack of data.');
  });

  it('falls back to English for a key a translation lacks, and to `other` for a missing form', () => {
    const fr = { missing: 'pas de données', rankingAltMissing: { other: '{count} pays non classés.' } };
    expect(t('missing', {}, fr, 'fr')).toBe('pas de données');
    expect(t('colScore', {}, fr, 'fr')).toBe(EN.colScore);
    expect(t('rankingAltMissing', { count: 1 }, fr, 'fr')).toBe('1 pays non classés.');
  });
});

describe('context', () => {
  it('formats numbers with one decimal for the locale, and null as "no data"', () => {
    expect(context().num(71.25)).toBe('71.3');
    expect(context({ locale: 'fr' }).num(71.2)).toBe('71,2');
    expect(context({ locale: 'es' }).num(1234.5)).toMatch(/^1\.?234,5$/);
    expect(context().num(null)).toBe('no data');
  });

  it('signs changes with a true minus and no sign for zero', () => {
    const ctx = context();
    expect([ctx.signed(3.2), ctx.signed(-1.5), ctx.signed(0)]).toEqual(['+3.2', '\u22121.5', '0.0']);
  });

  it('fences numbers with left-to-right marks in rtl so ranges keep their order', () => {
    expect(context({ dir: 'rtl', locale: 'ar' }).int(20)).toMatch(/^\u200E.+\u200E$/);
  });
});
