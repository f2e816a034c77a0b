import { describe, expect, it } from 'vitest';
import { borda, goalposts, minmax, none, normalise, percentile, rank, target, zscore } from '../../src/engine/normalise/index.js';

const noBounds = { lower: null, upper: null, target: null };
const higher = { direction: 'higher' as const, ...noBounds };
const lower = { direction: 'lower' as const, ...noBounds };

describe('minmax', () => {
  it('minmax(values, [0, 100]) maps the minimum to 0 and the maximum to 100 and keeps nulls: doc example', () => {
    expect(minmax([0, 5, 10, null], { low: 0, high: 100 }, noBounds)).toEqual([0, 50, 100, null]);
  });
  it('minmax(values, [1, 100]) is 1 + (x − min)/(max − min)·99: 2, 4, 6 → 1, 50.5, 100 by hand', () => {
    expect(minmax([2, 4, 6], { low: 1, high: 100 }, noBounds)).toEqual([1, 50.5, 100]);
  });
  it('min and max are taken over the countries present only: 10, null, 20, 30 → 0, null, 50, 100', () => {
    expect(minmax([10, null, 20, 30], { low: 0, high: 100 }, noBounds)).toEqual([0, null, 50, 100]);
  });
  it('when every value is equal (max = min) every country gets the midpoint (low + high) / 2', () => {
    expect(minmax([3, 3, null, 3], { low: 0, high: 100 }, noBounds)).toEqual([50, 50, null, 50]);
    expect(minmax([3, 3], { low: 1, high: 100 }, noBounds)).toEqual([50.5, 50.5]);
  });
  it('a single country gets the midpoint; all missing stays all missing; nothing gives nothing', () => {
    expect(minmax([7], { low: 0, high: 100 }, noBounds)).toEqual([50]);
    expect(minmax([null, null], { low: 0, high: 100 }, noBounds)).toEqual([null, null]);
    expect(minmax([], { low: 0, high: 100 }, noBounds)).toEqual([]);
  });
  it('does not mutate its input', () => {
    const xs = [3, null, 1];
    minmax(xs, { low: 0, high: 100 }, noBounds);
    expect(xs).toEqual([3, null, 1]);
  });
});

describe('zscore', () => {
  it('zscore([1, 2, 3]) is [−1, 0, 1] (mean 2, sample sd 1): doc example', () => {
    expect(zscore([1, 2, 3], { mean: 0, sd: 1 }, noBounds)).toEqual([-1, 0, 1]);
  });
  it('uses the n − 1 sample sd: 2,4,4,4,5,5,7,9 has mean 5 and s = √(32/7), so 9 → 4/√(32/7) = 1.8708 by hand', () => {
    const z = zscore([2, 4, 4, 4, 5, 5, 7, 9], { mean: 0, sd: 1 }, noBounds);
    expect(z[7]).toBeCloseTo(4 / Math.sqrt(32 / 7), 12);
    expect(z[7]).toBeCloseTo(1.870828693386971, 12);
  });
  it('rescales to the requested mean and sd: mean 100, sd 10 → 9 becomes 118.708', () => {
    expect(zscore([2, 4, 4, 4, 5, 5, 7, 9], { mean: 100, sd: 10 }, noBounds)[7]).toBeCloseTo(100 + 40 / Math.sqrt(32 / 7), 10);
  });
  it('mean and sd come from the countries present; nulls stay null', () => {
    expect(zscore([1, null, 3, 2], { mean: 0, sd: 1 }, noBounds)).toEqual([-1, null, 1, 0]);
  });
  it('a constant column or a single country scores the target mean (s = 0)', () => {
    expect(zscore([4, 4, 4], { mean: 0, sd: 1 }, noBounds)).toEqual([0, 0, 0]);
    expect(zscore([4], { mean: 50, sd: 10 }, noBounds)).toEqual([50]);
    expect(zscore([null], { mean: 0, sd: 1 }, noBounds)).toEqual([null]);
  });
});

describe('goalposts', () => {
  it('goalposts truncate to [0, scale] between the indicator\'s bounds: doc example [20, 85, 120] in [25, 85] → [0, 100, 100]', () => {
    expect(goalposts([20, 85, 120], { scale: 100 }, { lower: 25, upper: 85, target: null })).toEqual([0, 100, 100]);
  });
  it('a missing goalpost falls back to the observed minimum or maximum: [10, 30, 50] with upper 90 → 0, 25, 50', () => {
    expect(goalposts([10, 30, 50], { scale: 100 }, { lower: null, upper: 90, target: null })).toEqual([0, 25, 50]);
  });
  it('equal observed values without goalposts score scale / 2', () => {
    expect(goalposts([5, 5], { scale: 100 }, noBounds)).toEqual([50, 50]);
  });
});

describe('target (distance to target)', () => {
  it('target scores (x − min)/(target − min)·scale, capped: doc example [0, 50, 120] target 100 → [0, 50, 100]', () => {
    expect(target([0, 50, 120], { scale: 100 }, { lower: null, upper: null, target: 100 })).toEqual([0, 50, 100]);
  });
  it('without a target it is min-max to [0, scale]', () => {
    expect(target([10, 20, 30], { scale: 100 }, noBounds)).toEqual([0, 50, 100]);
  });
  it('when the target is at or below the minimum every value reaching it scores scale', () => {
    expect(target([5, 6], { scale: 100 }, { lower: null, upper: null, target: 5 })).toEqual([100, 100]);
  });
});

describe('rank, percentile, borda', () => {
  it('rank gives 1 to the lowest and averages ties: doc example [10, 30, 20, 30] → [1, 3.5, 2, 3.5]', () => {
    expect(rank([10, 30, 20, 30], {}, noBounds)).toEqual([1, 3.5, 2, 3.5]);
  });
  it('rank leaves nulls null and ranks the rest among themselves', () => {
    expect(rank([null, 5, 1], {}, noBounds)).toEqual([null, 2, 1]);
  });
  it('percentile is scale · (number below)/(n − 1), ties at the lowest: [10, 20, 20, 40] → [0, 33.3, 33.3, 100]', () => {
    const p = percentile([10, 20, 20, 40], { scale: 100 }, noBounds);
    expect(p[0]).toBe(0);
    expect(p[1]).toBeCloseTo(100 / 3, 12);
    expect(p[2]).toBeCloseTo(100 / 3, 12);
    expect(p[3]).toBe(100);
  });
  it('percentile of a single country is scale / 2', () => {
    expect(percentile([3, null], { scale: 100 }, noBounds)).toEqual([50, null]);
  });
  it('borda counts the countries strictly below: [10, 20, 20, 40] → [0, 1, 1, 3]', () => {
    expect(borda([10, 20, 20, 40], {}, noBounds)).toEqual([0, 1, 1, 3]);
  });
  it('none copies the values', () => {
    const xs = [1, null, 80];
    const out = none(xs, {}, noBounds);
    expect(out).toEqual(xs);
    expect(out).not.toBe(xs);
  });
});

describe('normalise(values, normaliser, indicator) applies direction first', () => {
  it('a lower-is-better indicator is flipped before min-max: 0, 5, 10 → 100, 50, 0', () => {
    expect(normalise([0, 5, 10], { method: 'minmax', low: 0, high: 100 }, lower)).toEqual([100, 50, 0]);
    expect(normalise([0, 5, 10], { method: 'minmax', low: 0, high: 100 }, higher)).toEqual([0, 50, 100]);
  });
  it('a lower-is-better indicator swaps and negates its goalposts: [0, 2, 10] in [0, 10] → 100, 80, 0', () => {
    const out = normalise([0, 2, 10], { method: 'goalposts', scale: 100 }, { direction: 'lower', lower: 0, upper: 10, target: null });
    expect(out).toEqual([100, 80, 0]);
  });
  it('goal_low / goal_high take precedence over lower / upper', () => {
    const out = normalise([20, 50, 80], { method: 'goalposts', scale: 100 }, { direction: 'higher', lower: 0, upper: 100, target: null, goal_low: 20, goal_high: 80 });
    expect(out).toEqual([0, 50, 100]);
  });
  it('a lower-is-better target is negated too: values 10, 6, 2, 1 with target 2 → 0, 50, 100, 100', () => {
    const out = normalise([10, 6, 2, 1], { method: 'target', scale: 100 }, { direction: 'lower', lower: null, upper: null, target: 2 });
    expect(out).toEqual([0, 50, 100, 100]);
  });
  it('without the cap a value beyond the target scores above scale: 10, 6, 2, 1 (lower) with target 2 → 0, 50, 100, 112.5', () => {
    // hand: negated −10, −6, −2, −1; min −10, target −2: (−1 + 10) / 8 = 1.125
    const out = normalise([10, 6, 2, 1], { method: 'target', scale: 100, cap: false }, { direction: 'lower', lower: null, upper: null, target: 2 });
    expect(out).toEqual([0, 50, 100, 112.5]);
  });
  it('z-score of a lower-is-better indicator is the negated z-score', () => {
    const z = normalise([1, 2, 3], { method: 'zscore', mean: 0, sd: 1 }, lower);
    expect([z[0], z[1]! + 0, z[2]]).toEqual([1, 0, -1]); // + 0 turns −0 into 0
  });
  it('rank and borda of a lower-is-better indicator rank the smallest value highest', () => {
    expect(normalise([10, 30, 20], { method: 'rank' }, lower)).toEqual([3, 1, 2]);
    expect(normalise([10, 30, 20], { method: 'borda' }, lower)).toEqual([2, 0, 1]);
  });
  it('none leaves categorical scores (direction null) as they are', () => {
    expect(normalise([0, 50, null], { method: 'none' }, { direction: null, ...noBounds })).toEqual([0, 50, null]);
  });
});
