import { describe, expect, it } from 'vitest';
import { textDirection, wrap } from '../../../src/report/pdf/text.js';

const chars = (s: string) => s.length;

describe('wrap', () => {
  it('breaks greedily at spaces by measured width', () => {
    expect(wrap(chars, 'aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
  });

  it('treats runs of whitespace and newlines as one space; blank text has no lines', () => {
    expect(wrap(chars, '  aa \n\n bb  ', 10)).toEqual(['aa bb']);
    expect(wrap(chars, ' \n ', 10)).toEqual([]);
  });

  it('cuts a word wider than the line, preferring a cut after a slash', () => {
    expect(wrap(chars, 'https://example/abcdef', 12)).toEqual(['https://', 'example/', 'abcdef']);
    expect(wrap(chars, 'abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('always makes progress, even when no character fits', () => {
    expect(wrap(chars, 'abc', 0)).toEqual(['a', 'b', 'c']);
  });
});

describe('textDirection', () => {
  it('takes the direction of the first letter, like dir="auto"', () => {
    expect(textDirection('Source: report', 'rtl')).toBe('ltr');
    expect(textDirection('2024: تقرير', 'ltr')).toBe('rtl');
    expect(textDirection('42 – 7', 'rtl')).toBe('rtl');
  });
});
