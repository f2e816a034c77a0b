import type { Answer, AnswerValue, Dataset } from '../../src/schema/dataset.js';
import type { Dimension } from '../../src/schema/dimension.js';
import type { Indicator } from '../../src/schema/indicator.js';
import { Methodology, type MethodologyInput } from '../../src/schema/methodology.js';
import type { ScaleOption } from '../../src/schema/scale.js';

/** Small builders for `Dataset` values, so engine tests need no files. */

export const dim = (id: string, parent: string | null = null, weight = 1): Dimension => ({ id, name: id, parent, weight, description: null });

export const ind = (id: string, dimension: string, opts: Partial<Indicator> = {}): Indicator => ({
  id, dimension, name: id, question: null, type: 'categorical', scale: null, direction: null,
  lower: null, upper: null, target: null, goal_low: null, goal_high: null, weight: 1, source: null, recommendation: null, priority: null,
  ...opts,
});

export const scale = (id: string, scores: readonly number[]): ScaleOption[] =>
  scores.map((score, k) => ({ scale: id, code: `o${k}`, label: `option ${k}`, score }));

export const code = (options: readonly ScaleOption[], k: number): AnswerValue => ({ kind: 'code', code: options[k]!.code, score: options[k]!.score });

export const answer = (country: string, indicator: string, edition: number, value: AnswerValue, scope: 'full' | 'partial' = 'full'): Answer => ({
  country, indicator, edition, value, scope, justification: 'test', source: 'test', sourceUrls: [], sourceDate: null,
  at: { file: `countries/${country}.csv` },
});

export function dataset(parts: {
  dimensions: Dimension[];
  indicators: Indicator[];
  scales?: Record<string, ScaleOption[]>;
  countries: { iso3: string; region?: string | null }[];
  answers: Answer[];
  methodology?: MethodologyInput;
}): Dataset {
  return {
    root: '(test)',
    dimensions: parts.dimensions,
    indicators: parts.indicators,
    scales: parts.scales ?? {},
    countries: parts.countries.map((c) => ({ iso3: c.iso3, name: `Country ${c.iso3}`, region: c.region ?? null })),
    answers: parts.answers,
    editions: [...new Set(parts.answers.map((a) => a.edition))].sort((a, b) => a - b),
    methodology: Methodology.parse(parts.methodology ?? {}),
  };
}
