import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../../src/analysis/stats/cronbach-alpha.js';

describe('cronbachAlpha', () => {
  it('cronbachAlpha of 3 items × 4 countries is 18/19 (hand calculation)', () => {
    // item 1: 1 2 3 4  mean 2.5   Σd² = 2.25+0.25+0.25+2.25 = 5          s² = 5/3
    // item 2: 2 3 3 5  mean 3.25  Σd² = 1.5625+0.0625+0.0625+3.0625 = 4.75 s² = 19/12
    // item 3: 1 3 4 4  mean 3     Σd² = 4+0+1+1 = 6                       s² = 2
    // Σ s²ᵢ = 20/12 + 19/12 + 24/12 = 21/4
    // totals: 4 8 10 13  mean 8.75  Σd² = 22.5625+0.5625+1.5625+18.0625 = 42.75  s²ₜ = 57/4
    // α = 3/2 · (1 − (21/4)/(57/4)) = 3/2 · 36/57 = 18/19
    expect(cronbachAlpha([[1, 2, 3, 4], [2, 3, 3, 5], [1, 3, 4, 4]])).toBeCloseTo(18 / 19, 14);
  });
  it('cronbachAlpha drops a country missing any item (listwise) and matches tests/reference/stats_reference.py', () => {
    const items = [
      [2, 3, 3, 1, 4, 2, null, 3],
      [1, 3, 2, 2, 4, 2, 3, 3],
      [2, 4, 3, 1, 3, 1, 2, 4],
      [1, 2, 3, 2, 4, 2, 1, 3],
      [2, 3, 2, 1, 4, 1, 2, 2],
    ];
    expect(cronbachAlpha(items)).toBeCloseTo(0.9124713958810069, 13);
  });
  it('two identical items have alpha 1: 2·(1 − 2s²/4s²)', () => {
    expect(cronbachAlpha([[1, 4, 2, 8], [1, 4, 2, 8]])).toBeCloseTo(1, 14);
  });
  it('negatively related items give a negative alpha (not clipped)', () => {
    expect(cronbachAlpha([[1, 2, 3, 4], [4, 3, 2, 1.5]])).toBeLessThan(0);
  });
  it('cronbachAlpha is null for fewer than 2 items', () => {
    expect(cronbachAlpha([])).toBeNull();
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
  });
  it('cronbachAlpha is null with fewer than 2 complete countries', () => {
    expect(cronbachAlpha([[1, null, 3], [null, 2, 4]])).toBeNull();
  });
  it('cronbachAlpha is null when the totals do not vary', () => {
    expect(cronbachAlpha([[1, 1, 1], [2, 2, 2]])).toBeNull();
    expect(cronbachAlpha([[1, 2, 3], [3, 2, 1]])).toBeNull(); // totals 4, 4, 4
  });
  it('cronbachAlpha is at most 1 (property)', () => {
    const item = fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 6 }), { minLength: 10, maxLength: 10 });
    fc.assert(
      fc.property(fc.array(item, { minLength: 2, maxLength: 6 }), (items) => {
        const a = cronbachAlpha(items);
        if (a !== null) expect(a).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
