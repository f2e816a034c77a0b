import { describe, expect, it } from 'vitest';
import { competitionRank } from '../../src/engine/rank.js';

describe('competitionRank', () => {
  it('competitionRank(scores) ranks the highest 1, gives tied countries the same rank and skips the next: doc example', () => {
    expect(competitionRank([80, 90, 80, null, 70])).toEqual([2, 1, 2, null, 4]);
  });
  it('a three-way tie at the top is 1, 1, 1, 4 ("1224" ranking)', () => {
    expect(competitionRank([5, 5, 1, 5])).toEqual([1, 1, 4, 1]);
  });
  it('ties are exact: 0.1 + 0.2 and 0.3 are different scores', () => {
    expect(competitionRank([0.1 + 0.2, 0.3])).toEqual([1, 2]);
  });
  it('nulls are not ranked and do not take a rank from anyone', () => {
    expect(competitionRank([null, 10, null, 20])).toEqual([null, 2, null, 1]);
  });
  it('degenerate inputs: all equal → all 1; single → 1; all null → all null; empty → empty', () => {
    expect(competitionRank([3, 3, 3])).toEqual([1, 1, 1]);
    expect(competitionRank([42])).toEqual([1]);
    expect(competitionRank([null, null])).toEqual([null, null]);
    expect(competitionRank([])).toEqual([]);
  });
  it('negative scores (z-scores) rank like any other number', () => {
    expect(competitionRank([-0.5, 1.2, -2])).toEqual([2, 1, 3]);
  });
  it('0 and −0 are the same score (a tie), as the < and === of every comparison say', () => {
    expect(competitionRank([0, -0, 5, -1])).toEqual([2, 2, 1, 4]);
  });
  it('does not mutate its input', () => {
    const xs = [1, null, 3];
    competitionRank(xs);
    expect(xs).toEqual([1, null, 3]);
  });
});
