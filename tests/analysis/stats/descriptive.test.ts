import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean } from '../../../src/analysis/stats/mean.js';
import { median } from '../../../src/analysis/stats/median.js';
import { present } from '../../../src/analysis/stats/present.js';
import { quantile } from '../../../src/analysis/stats/quantile.js';
import { variance } from '../../../src/analysis/stats/variance.js';

// Shared with tests/reference/stats_reference.py, which printed the expected values below.
const X = [3.1, 4.7, null, 2.2, 5.9, 6.4, 1.8, 4.7, 3.3, 7.0];

describe('present', () => {
  it('present(xs) drops null and NaN and keeps 0', () => {
    expect(present([3, null, 0, NaN, -1])).toEqual([3, 0, -1]);
  });
});

describe('mean', () => {
  it('mean(xs) drops nulls: doc example', () => {
    expect(mean([1, 2, 3, null, 6])).toBe(3);
  });
  it('mean(X) matches python statistics.mean (tests/reference/stats_reference.py)', () => {
    expect(mean(X)).toBeCloseTo(4.344444444444445, 14);
  });
  it('mean of nothing observed is null', () => {
    expect(mean([])).toBeNull();
    expect(mean([null, null])).toBeNull();
  });
});

describe('variance', () => {
  it('variance(xs) is the n−1 sample variance: 32/7 by hand for 2,4,4,4,5,5,7,9 (mean 5, Σd² = 32)', () => {
    expect(variance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 14);
  });
  it('variance(X) matches python statistics.variance (tests/reference/stats_reference.py)', () => {
    expect(variance(X)).toBeCloseTo(3.457777777777778, 13);
  });
  it('variance of fewer than 2 observed values is null; of a constant column 0', () => {
    expect(variance([])).toBeNull();
    expect(variance([5, null])).toBeNull();
    expect(variance([2, 2, null, 2])).toBe(0);
  });
  it('variance is accurate far from zero (two-pass): 1e9 + [4, 7, 13, 16] has variance 30', () => {
    expect(variance([4, 7, 13, 16].map((x) => 1e9 + x))).toBe(30);
  });
  it('variance is never negative and shift-invariant (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 30 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), (xs, c) => {
        const v = variance(xs) as number;
        expect(v).toBeGreaterThanOrEqual(0);
        expect(variance(xs.map((x) => x + c))).toBeCloseTo(v, 6);
      }),
    );
  });
});

describe('quantile (R type 7)', () => {
  it('quantile(1:10, p) gives R\'s quantile(1:10): 1, 3.25, 5.5, 7.75, 10 (R documentation default output)', () => {
    const xs = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile(xs, p))).toEqual([1, 3.25, 5.5, 7.75, 10]);
  });
  it('quantile([1, 3, 5, 7], 0.4) = 3.4 by hand: h = 3·0.4 = 1.2, 3 + 0.2·(5 − 3)', () => {
    expect(quantile([1, 3, 5, 7], 0.4)).toBeCloseTo(3.4, 14);
  });
  it('quantile(X, p) drops nulls and matches python statistics.quantiles(method="inclusive") (tests/reference/stats_reference.py)', () => {
    expect(quantile(X, 0.1)).toBeCloseTo(2.12, 13);
    expect(quantile(X, 0.25)).toBeCloseTo(3.1, 13);
    expect(quantile(X, 0.9)).toBeCloseTo(6.5200000000000005, 13);
  });
  it('quantile of nothing observed is null; of one value is that value', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([null], 0.5)).toBeNull();
    expect(quantile([null, 4], 0.3)).toBe(4);
  });
  it('quantile rejects p outside [0, 1] quoting the value', () => {
    expect(() => quantile([1, 2], 1.5)).toThrow(/p = 1.5 is not a probability/);
    expect(() => quantile([1, 2], NaN)).toThrow(RangeError);
  });
  it('quantile does not reorder its input', () => {
    const xs = [3, 1, 2];
    quantile(xs, 0.5);
    expect(xs).toEqual([3, 1, 2]);
  });
  it('quantile is monotone in p and stays within [min, max] (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p, q) => {
        const [lo, hi] = p <= q ? [p, q] : [q, p];
        const a = quantile(xs, lo) as number;
        const b = quantile(xs, hi) as number;
        expect(a).toBeLessThanOrEqual(b);
        expect(a).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(b).toBeLessThanOrEqual(Math.max(...xs));
      }),
    );
  });
});

describe('median', () => {
  it('median of an even count is the mean of the middle two; nulls dropped: doc example', () => {
    expect(median([5, null, 1, 4, 2])).toBe(3);
  });
  it('median(X) = 4.7 (python statistics.median, tests/reference/stats_reference.py)', () => {
    expect(median(X)).toBe(4.7);
  });
  it('median of nothing observed is null', () => {
    expect(median([null])).toBeNull();
  });
});
