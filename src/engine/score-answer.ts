import type { AnswerValue } from '../schema/dataset.js';
import type { ScaleOption } from '../schema/scale.js';

/**
 * The score of a categorical answer: its option's score; with scope `partial`, half a step
 * toward the next lower option (OxCGRT's rule: (score + lower) / 2). The lowest option keeps its
 * score. Options must be ordered from lowest to highest score.
 * @example scoreCategorical({ kind: 'code', code: 'yes', score: 100 }, 'partial', [{…0},{…50},{…100}]) // 75
 */
export function scoreCategorical(value: AnswerValue & { kind: 'code' }, scope: 'full' | 'partial', options: readonly ScaleOption[], rule: 'halfStep' | 'ignore' = 'halfStep'): number {
  if (scope === 'full' || rule === 'ignore') return value.score;
  const lower = options.filter((o) => o.score < value.score).reduce<number | null>((m, o) => (m === null || o.score > m ? o.score : m), null);
  return lower === null ? value.score : (value.score + lower) / 2;
}
