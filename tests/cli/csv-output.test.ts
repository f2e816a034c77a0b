/**
 * CSV exports neutralise spreadsheet formulas (OWASP "CSV injection"): a text cell starting with
 * = + - @, tab or carriage return gets a leading apostrophe, so Excel and LibreOffice show it as
 * text instead of running it. Numbers stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/report/format/csv.js';

describe('csvField', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","x")', '"\'=HYPERLINK(""https://evil.example"",""x"")"'],
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
  ])('csvField(%j) neutralises the formula: %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ['Mexico', 'Mexico'],
    ['Côte d\'Ivoire', 'Côte d\'Ivoire'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['1+1=2', '1+1=2'],
    ['', ''],
  ])('csvField(%j) leaves ordinary text alone (quoted only where CSV needs it): %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('csvField writes numbers as numbers, negative ones included, and blanks for null and non-finite', () => {
    expect(csvField(-1)).toBe('-1');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('toCsv neutralises formulas in headers and cells alike', () => {
    const csv = toCsv({
      title: 't',
      columns: [{ key: '=x', label: 'x' }, { key: 'n', label: 'n', digits: 1 }],
      rows: [['@evil', -1.25], ['fine', 3]],
    } as never);
    expect(csv).toBe("'=x,n\n'@evil,-1.3\nfine,3\n");
  });
});
