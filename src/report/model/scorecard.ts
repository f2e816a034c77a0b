import type { CountryResult, EditionResult, IndexResult } from '../../engine/types.js';
import type { Answer, Dataset } from '../../schema/dataset.js';
import { scoreCategorical } from '../../engine/score-answer.js';
import { evidenceFlags, isProblem, type FlagCode } from '../../validate/evidence/flags.js';
import { referenceDate } from '../../validate/evidence/reference-date.js';

export interface IndicatorLine {
  id: string;
  name: string;
  dimension: string;
  question: string | null;
  /** What was answered: the option's label, the number, or null (missing / not applicable). */
  answer: string | null;
  kind: 'answered' | 'missing' | 'na';
  partial: boolean;
  /** The indicator's score after normalisation (0–100 for categorical), or null. */
  score: number | null;
  justification: string | null;
  source: string | null;
  sourceUrls: string[];
  sourceDate: string | null;
  /** Kinds of the source's addresses (indicators/source-kinds.csv). */
  sourceKinds: string[];
  /** Evidence flags a reviewer should look at (policy-index evidence), in catalogue order. */
  flags: FlagCode[];
}

export interface Change {
  id: string;
  name: string;
  before: string | null;
  after: string | null;
  delta: number | null;
  /** Index points the change moved the overall score by (effective weight × delta), or null. */
  points: number | null;
  justification: string | null;
  /** The evidence of the later answer: its source, addresses and date. */
  source: string | null;
  sourceUrls: string[];
  sourceDate: string | null;
}

export interface Recommendation {
  id: string;
  name: string;
  text: string;
  /** The framework's priority tier (1 first), or null (after every tier). */
  priority: number | null;
  /** Index points the country would gain by fully meeting this indicator. */
  gain: number;
  score: number;
}

/** How many recommendations a scorecard puts first, on its first page. */
export const TOP_RECOMMENDATIONS = 5;

export interface Scorecard {
  iso3: string;
  name: string;
  region: string | null;
  edition: number;
  previous: number | null;
  score: number | null;
  rank: number | null;
  rankedCount: number;
  /** The band's label for display (translated where a translation exists). */
  band: string | null;
  /** The band's label as the methodology names it (for styling). */
  bandKey: string | null;
  ranked: boolean;
  /** Another ranked country has the same rank (a tie). */
  tied: boolean;
  coverage: CountryResult['coverage'];
  /** Indicators whose blank took the previous edition's answer (methodology carryForward). */
  carried: string[];
  change: CountryResult['change'];
  interval: [number, number] | null;
  dimensions: { id: string; name: string; score: number | null; rank: number | null; average: number | null; answered: number; applicable: number }[];
  indicators: IndicatorLine[];
  changes: Change[];
  /** Unmet recommendations with an answer, in the framework's priority order; the first TOP_RECOMMENDATIONS lead the scorecard. */
  recommendations: Recommendation[];
  /** The day the edition's answers describe (YYYY-MM-DD): "evidence as of". */
  referenceDate: string;
  /** Indicators with a recommendation but no evidence this edition: not said to be unmet. */
  evidenceMissing: { id: string; name: string }[];
}

/**
 * Everything a country's scorecard shows for one edition, computed from the dataset and the
 * index result. Recommendations are the indicators with a recommendation whose answer is below
 * the top score, ordered by the framework's priority tier (indicators.csv `priority`, 1 first,
 * blank last), then by the index points meeting it would add (effective weight × gap), then by
 * file order. A blank answer is never an unmet recommendation: it is listed as missing evidence.
 */
export function scorecard(dataset: Dataset, result: IndexResult, edition: EditionResult, iso3: string, interval: [number, number] | null = null): Scorecard {
  const { hierarchy } = result;
  const country = edition.countries.find((c) => c.iso3 === iso3);
  if (!country) throw new RangeError(`no country ${iso3} in edition ${edition.edition}`);
  const answers = new Map<string, Answer>();
  const before = new Map<string, Answer>();
  for (const a of dataset.answers) {
    if (a.country !== iso3) continue;
    if (a.edition === edition.edition) answers.set(a.indicator, a);
    if (a.edition === edition.previous) before.set(a.indicator, a);
  }
  const label = (a: Answer | undefined): string | null => {
    if (!a) return null;
    const v = a.value;
    if (v.kind === 'number') return String(v.value);
    if (v.kind !== 'code') return null;
    const ind = dataset.indicators.find((i) => i.id === a.indicator)!;
    return dataset.scales[ind.scale ?? '']?.find((o) => o.code === v.code)?.label ?? v.code;
  };
  const rawScore = (a: Answer | undefined): number | null => {
    if (!a) return null;
    const v = a.value;
    if (v.kind === 'number') return v.value;
    if (v.kind !== 'code') return null;
    const ind = dataset.indicators.find((i) => i.id === a.indicator)!;
    return scoreCategorical(v, a.scope, dataset.scales[ind.scale ?? ''] ?? [], result.methodology.partialScope);
  };
  const evidence = new Map(evidenceFlags({ ...dataset, answers: dataset.answers.filter((a) => a.country === iso3) })
    .filter((e) => e.answer.edition === edition.edition).map((e) => [e.answer.indicator, e]));
  const indicators: IndicatorLine[] = dataset.indicators.map((ind) => {
    const ev = evidence.get(ind.id);
    const a = answers.get(ind.id);
    const kind = !a || a.value.kind === 'missing' ? 'missing' : a.value.kind === 'na' ? 'na' : 'answered';
    return {
      id: ind.id, name: ind.name, dimension: ind.dimension, question: ind.question, answer: label(a), kind,
      partial: a?.scope === 'partial', score: country.scores[ind.id] ?? null,
      justification: a?.justification ?? null, source: a?.source ?? null, sourceUrls: a?.sourceUrls ?? [], sourceDate: a?.sourceDate ?? null,
      sourceKinds: ev?.kinds ?? [], flags: [...new Set(ev?.flags.filter(isProblem).map((f) => f.code) ?? [])],
    };
  });
  const changes: Change[] = [];
  if (edition.previous !== null) {
    for (const ind of dataset.indicators) {
      const a = answers.get(ind.id);
      const b = before.get(ind.id);
      const la = label(a);
      const lb = label(b);
      const sa = rawScore(a);
      const sb = rawScore(b);
      if (la === lb && sa === sb) continue;
      // a change of score is shown for categorical answers; a raw number's change is not a score
      const delta = ind.type === 'categorical' && sa !== null && sb !== null ? sa - sb : null;
      const points = delta === null ? null : (edition.effectiveWeights[ind.id] ?? 0) * delta;
      changes.push({
        id: ind.id, name: ind.name, before: lb, after: la, delta, points, justification: a?.justification ?? null,
        source: a?.source ?? null, sourceUrls: a?.sourceUrls ?? [], sourceDate: a?.sourceDate ?? null,
      });
    }
  }
  const recommendations: Recommendation[] = [];
  const evidenceMissing: { id: string; name: string }[] = [];
  dataset.indicators.forEach((ind, k) => {
    const line = indicators[k]!;
    if (!ind.recommendation || line.kind === 'na') return;
    // a carried-forward or imputed score is not evidence for this edition
    const score = line.kind === 'answered' ? line.score : null;
    if (score === null) return void evidenceMissing.push({ id: ind.id, name: ind.name });
    // the indicator's score as it enters the index (normalised), against the best it can be
    const top = ind.type === 'categorical' ? Math.max(...(dataset.scales[ind.scale ?? '']?.map((o) => o.score) ?? [100])) : 100;
    if (score >= top) return;
    recommendations.push({ id: ind.id, name: ind.name, text: ind.recommendation, priority: ind.priority ?? null, gain: (edition.effectiveWeights[ind.id] ?? 0) * (top - score), score });
  });
  const order = new Map(dataset.indicators.map((i, k) => [i.id, k]));
  const tier = (r: Recommendation) => r.priority ?? Infinity;
  recommendations.sort((a, b) => tier(a) - tier(b) || b.gain - a.gain || order.get(a.id)! - order.get(b.id)!);
  const rank = country.ranks[hierarchy.rootId] ?? null;
  const mean = (id: string) => {
    const xs = edition.countries.map((c) => c.scores[id]).filter((v): v is number => typeof v === 'number');
    return xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : null;
  };
  return {
    iso3, name: country.name, region: country.region, edition: edition.edition, previous: edition.previous,
    score: country.scores[hierarchy.rootId] ?? null, rank,
    rankedCount: edition.countries.filter((c) => c.ranked).length, band: country.band, bandKey: country.band, ranked: country.ranked,
    tied: rank !== null && edition.countries.some((c) => c.iso3 !== iso3 && c.ranked && c.ranks[hierarchy.rootId] === rank),
    coverage: country.coverage, carried: country.carried ?? [], change: country.change, interval,
    dimensions: hierarchy.dimensions.map((d) => ({
      id: d, name: hierarchy.nodes[d]!.name, score: country.scores[d] ?? null, rank: country.ranks[d] ?? null, average: mean(d),
      answered: country.nodeCoverage?.[d]?.answered ?? 0, applicable: country.nodeCoverage?.[d]?.applicable ?? 0,
    })),
    indicators, changes, recommendations, evidenceMissing, referenceDate: referenceDate(dataset.methodology, edition.edition),
  };
}
