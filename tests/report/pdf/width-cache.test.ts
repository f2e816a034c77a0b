import { describe, expect, it } from 'vitest';
import { widthCache } from '../../../src/report/pdf/width-cache.js';

/** A fake measure: width = text length × the font's number; records every call. */
function counting() {
  const calls: string[] = [];
  const measure = (font: string, text: string) => {
    calls.push(`${font}|${text}`);
    return text.length * Number.parseFloat(font);
  };
  return { calls, measure };
}

describe('widthCache', () => {
  it('measures a font and text once and then answers from the cache with the same width', () => {
    const { calls, measure } = counting();
    const w = widthCache(measure);
    expect(w('10px a', 'abc')).toBe(30);
    expect(w('10px a', 'abc')).toBe(30);
    expect(calls).toEqual(['10px a|abc']);
  });

  it('keeps fonts apart: the same text in another font is measured in that font', () => {
    const { calls, measure } = counting();
    const w = widthCache(measure);
    expect(w('10px a', 'ab')).toBe(20);
    expect(w('8.5px a', 'ab')).toBe(17);
    expect(w('10px a', 'ab')).toBe(20);
    expect(calls).toEqual(['10px a|ab', '8.5px a|ab']);
  });

  it('empties a full table and stays correct, measuring again what it dropped', () => {
    const { calls, measure } = counting();
    const w = widthCache(measure, 2);
    expect([w('1px', 'a'), w('1px', 'bb'), w('1px', 'ccc'), w('1px', 'a')]).toEqual([1, 2, 3, 1]);
    expect(calls).toEqual(['1px|a', '1px|bb', '1px|ccc', '1px|a']);
  });

  it('answers an empty text like any other', () => {
    const { calls, measure } = counting();
    const w = widthCache(measure);
    expect(w('10px a', '')).toBe(0);
    expect(w('10px a', '')).toBe(0);
    expect(calls).toHaveLength(1);
  });
});
