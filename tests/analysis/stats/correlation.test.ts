import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks } from '../../../src/analysis/stats/average-ranks.js';
import { completePairs } from '../../../src/analysis/stats/complete-pairs.js';
import { completeRows } from '../../../src/analysis/stats/complete-rows.js';
import { correlationMatrix } from '../../../src/analysis/stats/correlation-matrix.js';
import { pearson } from '../../../src/analysis/stats/pearson.js';
import { spearman } from '../../../src/analysis/stats/spearman.js';

// Shared with tests/reference/stats_reference.py, which printed the expected values below.
const X = [3.1, 4.7, null, 2.2, 5.9, 6.4, 1.8, 4.7, 3.3, 7.0];
const Y = [2.0, 3.9, 1.1, null, 6.1, 5.2, 2.6, 4.1, 2.9, 8.8];

const column = fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null, freq: 5 }), { minLength: 12, maxLength: 12 });

describe('averageRanks', () => {
  it('averageRanks gives tied values the mean of their ranks (R rank(ties = "average"))', () => {
    expect(averageRanks([10, 30, 20, 20])).toEqual([1, 4, 2.5, 2.5]);
    expect(averageRanks([7, 7, 7])).toEqual([2, 2, 2]);
    expect(averageRanks([])).toEqual([]);
  });
});

describe('completePairs and completeRows', () => {
  it('completePairs keeps the pairs observed on both sides', () => {
    expect(completePairs([1, null, 3, 4], [5, 6, null, 8])).toEqual({ x: [1, 4], y: [5, 8] });
  });
  it('completeRows keeps the rows observed in every column', () => {
    expect(completeRows([[1, null, 3], [4, 5, 6]])).toEqual([[1, 3], [4, 6]]);
    expect(completeRows([])).toEqual([]);
  });
  it('columns of different lengths are an error naming both lengths', () => {
    expect(() => completePairs([1, 2], [1])).toThrow(/differ in length \(2 and 1\)/);
    expect(() => completeRows([[1, 2], [1]])).toThrow(/column 1 has 1 values, column 0 has 2/);
  });
});

describe('pearson', () => {
  it('pearson(X, Y) matches python statistics.correlation on the complete pairs (tests/reference/stats_reference.py)', () => {
    expect(pearson(X, Y)).toBeCloseTo(0.8878105877057072, 13);
  });
  it('pearson of an exact line is ±1', () => {
    expect(pearson([1, 2, 3, 4], [3, 5, 7, 9])).toBe(1);
    expect(pearson([1, 2, 3, 4], [9, 7, 5, 3])).toBe(-1);
  });
  it('pearson: doc example drops the pair with a null; r = 11/√130 by hand', () => {
    // x = 1,2,3,4: x̄ 2.5, deviations −1.5 −0.5 0.5 1.5, Sxx = 5
    // y = 2,4,5,9: ȳ 5, deviations −3 −1 0 4, Syy = 9 + 1 + 0 + 16 = 26
    // Sxy = 4.5 + 0.5 + 0 + 6 = 11, r = 11/√(5·26) = 0.96476…
    expect(pearson([1, 2, 3, 4, null], [2, 4, 5, 9, 1])).toBeCloseTo(11 / Math.sqrt(130), 14);
  });
  it('pearson is null with fewer than 3 complete pairs', () => {
    expect(pearson([1, 2, null, 4], [1, null, 3, 4])).toBeNull();
    expect(pearson([], [])).toBeNull();
  });
  it('pearson is null when a side is constant over the complete pairs', () => {
    expect(pearson([1, 2, 3, 4], [5, 5, 5, 5])).toBeNull();
    expect(pearson([1, 1, 1, 4], [1, 2, 3, null])).toBeNull();
  });
  it('pearson lies in [−1, 1] and is symmetric (property)', () => {
    fc.assert(
      fc.property(column, column, (x, y) => {
        const r = pearson(x, y);
        if (r !== null) {
          expect(r).toBeGreaterThanOrEqual(-1);
          expect(r).toBeLessThanOrEqual(1);
        }
        expect(pearson(y, x)).toBe(r);
      }),
    );
  });
});

describe('spearman', () => {
  it('spearman: doc example with a tie, r = 8/√95 by hand (ranks of y: 1, 2, 3.5, 5, 3.5)', () => {
    // x ranks 1..5 (Sxx 10); y ranks 1, 2, 3.5, 5, 3.5 (Syy 9.5); Sxy = 4 + 1 + 0 + 2 + 1 = 8
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 14);
  });
  it('spearman(X, Y) drops incomplete pairs, then ranks with ties averaged (tests/reference/stats_reference.py)', () => {
    expect(spearman(X, Y)).toBeCloseTo(0.9461247469114746, 13);
  });
  it('spearman of any increasing relation is 1', () => {
    expect(spearman([1, 2, 3, 4, 5], [1, 8, 27, 64, 125])).toBe(1);
  });
  it('spearman is null with fewer than 3 complete pairs or all values tied', () => {
    expect(spearman([1, 2], [2, 1])).toBeNull();
    expect(spearman([1, 2, 3], [4, 4, 4])).toBeNull();
  });
  it('spearman lies in [−1, 1] and is unchanged by increasing transforms (property)', () => {
    // small integers, so ties occur and exp(v/10) keeps distinct values distinct in floating point
    const ints = fc.array(fc.option(fc.integer({ min: -20, max: 20 }), { nil: null, freq: 5 }), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(ints, ints, (x, y) => {
        const r = spearman(x, y);
        if (r !== null) {
          expect(Math.abs(r)).toBeLessThanOrEqual(1);
          expect(spearman(x.map((v) => (v === null ? null : Math.exp(v / 10))), y)).toBeCloseTo(r, 12);
        }
      }),
    );
  });
});

describe('correlationMatrix', () => {
  it('correlationMatrix is symmetric with pairwise deletion: entries equal pearson of each pair', () => {
    const Z = [1, 2, 3, 4, 5, 6, 7, null, 9, 10];
    const m = correlationMatrix([X, Y, Z]);
    expect(m[0]).toEqual([1, pearson(X, Y), pearson(X, Z)]);
    expect(m[1]).toEqual([pearson(X, Y), 1, pearson(Y, Z)]);
    expect(m[2]).toEqual([pearson(X, Z), pearson(Y, Z), 1]);
  });
  it('correlationMatrix({ method: "spearman" }) uses rank correlation', () => {
    expect(correlationMatrix([X, Y], { method: 'spearman' })[0]?.[1]).toBe(spearman(X, Y));
  });
  it('a constant or too sparse column gives null entries, including its diagonal', () => {
    const m = correlationMatrix([[1, 2, 3, 4], [2, 2, 2, 2], [1, null, null, 4]]);
    expect(m).toEqual([
      [1, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });
  it('correlationMatrix of no columns is empty', () => {
    expect(correlationMatrix([])).toEqual([]);
  });
});
