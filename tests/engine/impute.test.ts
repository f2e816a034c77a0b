import { describe, expect, it } from 'vitest';
import { imputeColumn } from '../../src/engine/impute.js';

const none: (string | null)[] = [];

describe('imputeColumn', () => {
  it('method none returns the values unchanged and imputes nothing', () => {
    expect(imputeColumn([1, null, 3], { method: 'none', group: 'region' }, none)).toEqual({ values: [1, null, 3], imputed: [] });
  });
  it('mean fills a missing value with the mean of the countries present: 10, null, 30 → 20', () => {
    expect(imputeColumn([10, null, 30], { method: 'mean', group: 'region' }, none)).toEqual({ values: [10, 20, 30], imputed: [1] });
  });
  it('median fills with the median: 1, 2, 10, null → 2; with an even count the middle two are averaged', () => {
    expect(imputeColumn([1, 2, 10, null], { method: 'median', group: 'region' }, none).values).toEqual([1, 2, 10, 2]);
    expect(imputeColumn([1, 2, 10, 20, null], { method: 'median', group: 'region' }, none).values[4]).toBe(6);
  });
  it('groupMean uses the country\'s group: doc example [10, null, 30] in groups A, A, B → 10', () => {
    expect(imputeColumn([10, null, 30], { method: 'groupMean', group: 'region' }, ['A', 'A', 'B'])).toEqual({ values: [10, 10, 30], imputed: [1] });
  });
  it('groupMedian uses the median of the group', () => {
    expect(imputeColumn([1, 2, 9, null, 100], { method: 'groupMedian', group: 'region' }, ['A', 'A', 'A', 'A', 'B']).values[3]).toBe(2);
  });
  it('a group with no value falls back to all countries: C has none, so the overall mean 20', () => {
    expect(imputeColumn([null, 10, 30], { method: 'groupMean', group: 'region' }, ['C', 'A', 'B']).values[0]).toBe(20);
  });
  it('na (undefined) is never imputed and never used to impute', () => {
    expect(imputeColumn([10, undefined, null, 30], { method: 'mean', group: 'region' }, none)).toEqual({ values: [10, undefined, 20, 30], imputed: [2] });
  });
  it('with no value anywhere the missing cells stay null and are not reported as imputed', () => {
    expect(imputeColumn([null, undefined, null], { method: 'mean', group: 'region' }, none)).toEqual({ values: [null, undefined, null], imputed: [] });
  });
  it('does not mutate its input', () => {
    const xs = [1, null];
    imputeColumn(xs, { method: 'mean', group: 'region' }, none);
    expect(xs).toEqual([1, null]);
  });
});
