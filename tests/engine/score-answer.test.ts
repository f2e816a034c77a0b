import { describe, expect, it } from 'vitest';
import { scoreCategorical } from '../../src/engine/score-answer.js';
import { code, scale } from './make.js';

const yn = scale('yn', [0, 50, 100]);
const uneven = scale('uneven', [0, 40, 70, 100]);
const c = (options: typeof yn, k: number) => code(options, k) as { kind: 'code'; code: string; score: number };

describe('scoreCategorical', () => {
  it('a full-scope answer scores its option\'s score', () => {
    expect(scoreCategorical(c(yn, 2), 'full', yn)).toBe(100);
    expect(scoreCategorical(c(yn, 1), 'full', yn)).toBe(50);
  });
  it('scope partial lowers the score half a step toward the next lower option: 100 → 75, 50 → 25 (doc example)', () => {
    expect(scoreCategorical(c(yn, 2), 'partial', yn)).toBe(75);
    expect(scoreCategorical(c(yn, 1), 'partial', yn)).toBe(25);
  });
  it('the half step follows uneven option scores: 70 partial → (70 + 40)/2 = 55', () => {
    expect(scoreCategorical(c(uneven, 2), 'partial', uneven)).toBe(55);
  });
  it('the lowest option keeps its score under scope partial', () => {
    expect(scoreCategorical(c(yn, 0), 'partial', yn)).toBe(0);
    const fromTen = scale('ten', [10, 60]);
    expect(scoreCategorical(c(fromTen, 0), 'partial', fromTen)).toBe(10);
  });
  it('rule ignore leaves a partial answer at its option\'s score', () => {
    expect(scoreCategorical(c(yn, 2), 'partial', yn, 'ignore')).toBe(100);
  });
  it('the next lower option is found by score, whatever the order options are listed in', () => {
    expect(scoreCategorical(c(uneven, 3), 'partial', [...uneven].reverse())).toBe(85);
  });
});
