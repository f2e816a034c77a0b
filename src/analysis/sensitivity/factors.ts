import type { Aggregator, Imputation, Methodology, Normaliser, ScreeningAlternative, SensitivitySettings, Treatment } from '../../schema/methodology.js';

/** The factors a sensitivity analysis can vary, in the order they take columns of the design. */
export type FactorName = 'weights' | 'normaliser' | 'aggregator' | 'imputation' | 'treatment' | 'denomination' | 'screening' | 'dropIndicator';

/** One varied factor: its name and how many discrete options it has (0 = continuous: weight noise). */
export interface Factor {
  factor: FactorName;
  options: number;
}

/**
 * One model configuration: which alternative of each choice, and the weight noise stream.
 * Indices point into the compiled alternatives; `drop` is −1 for none, else an indicator index;
 * `noiseStream` is null for nominal weights.
 */
export interface Choice {
  normaliser: number;
  aggregator: number;
  imputation: number;
  treatment: number;
  denomination: number;
  screening: number;
  drop: number;
  noiseStream: number | null;
}

/**
 * The alternatives actually sampled. An empty list in the settings means "the methodology's own
 * choice"; one alternative replaces the methodology's choice in every run; two or more make a
 * factor. `null` stands for the methodology's own choice.
 */
export interface Alternatives {
  normalisers: (Normaliser | null)[];
  aggregators: (Aggregator | null)[];
  imputations: (Imputation | null)[];
  treatments: (Treatment | null)[];
  denominations: (boolean | null)[];
  screens: (ScreeningAlternative | null)[];
}

export function alternativesOf(settings: SensitivitySettings): Alternatives {
  const orNominal = <T>(xs: readonly T[]): (T | null)[] => (xs.length === 0 ? [null] : [...xs]);
  return {
    normalisers: orNominal(settings.normalisers), aggregators: orNominal(settings.aggregators), imputations: orNominal(settings.imputations),
    treatments: orNominal(settings.treatments ?? []),
    denominations: orNominal(settings.denominations ?? []), screens: orNominal(settings.screens ?? []),
  };
}

/**
 * The factors with more than one option, in design-column order: weights (if weightNoise > 0),
 * normaliser, aggregator, imputation, treatment, denomination, screening (each if ≥ 2 alternatives), dropIndicator (if enabled:
 * options "drop none" and one per indicator).
 */
export function factorsOf(settings: SensitivitySettings, alternatives: Alternatives, indicators: number): Factor[] {
  const out: Factor[] = [];
  if (settings.weightNoise > 0) out.push({ factor: 'weights', options: 0 });
  if (alternatives.normalisers.length > 1) out.push({ factor: 'normaliser', options: alternatives.normalisers.length });
  if (alternatives.aggregators.length > 1) out.push({ factor: 'aggregator', options: alternatives.aggregators.length });
  if (alternatives.imputations.length > 1) out.push({ factor: 'imputation', options: alternatives.imputations.length });
  if (alternatives.treatments.length > 1) out.push({ factor: 'treatment', options: alternatives.treatments.length });
  if (alternatives.denominations.length > 1) out.push({ factor: 'denomination', options: alternatives.denominations.length });
  if (alternatives.screens.length > 1) out.push({ factor: 'screening', options: alternatives.screens.length });
  if (settings.dropIndicator && indicators > 1) out.push({ factor: 'dropIndicator', options: indicators + 1 });
  return out;
}

/** Streams of the weight noise start above 0, which is the design's own stream. */
const NOISE_STREAMS = 2 ** 52;

/**
 * The configuration of one row of the design: a uniform u ∈ [0, 1) becomes option ⌊u·m⌋ of a
 * discrete factor; the weights factor's u names the stream of its noise (1 + ⌊u·2⁵²⌋), so the
 * whole configuration is a function of the row.
 */
export function choiceOf(row: readonly number[], factors: readonly Factor[]): Choice {
  const choice: Choice = { normaliser: 0, aggregator: 0, imputation: 0, treatment: 0, denomination: 0, screening: 0, drop: -1, noiseStream: null };
  factors.forEach((f, i) => {
    const u = row[i]!;
    if (f.factor === 'weights') choice.noiseStream = 1 + Math.floor(u * NOISE_STREAMS);
    else if (f.factor === 'dropIndicator') choice.drop = Math.floor(u * f.options) - 1;
    else choice[f.factor] = Math.floor(u * f.options);
  });
  return choice;
}

/**
 * The methodology of one alternative combination, for the reference path (buildIndex):
 * - a normaliser alternative is used for every indicator, numeric and categorical, except those
 *   with their own entry in `normalise.byIndicator` (as COINr normalises the whole index one way);
 * - an aggregator alternative is used at every level (`aggregate.byDepth` is cleared);
 * - an imputation alternative replaces `imputation`;
 * - a treatment alternative replaces `treat.numeric` (the `treat.byIndicator` overrides stay);
 * - a denomination alternative replaces `denominate`;
 * - a screening alternative replaces the thresholds it sets (`screen.include` and `exclude` stay).
 * `null` keeps the methodology's own choice.
 */
export function alternativeMethodology(
  methodology: Methodology,
  normaliser: Normaliser | null,
  aggregator: Aggregator | null,
  imputation: Imputation | null,
  treatment: Treatment | null = null,
  denominate: boolean | null = null,
  screen: ScreeningAlternative | null = null,
): Methodology {
  return {
    ...methodology,
    denominate: denominate ?? methodology.denominate,
    screen: screen ? {
      ...methodology.screen,
      ...(screen.minShare === undefined ? {} : { minShare: screen.minShare }),
      ...(screen.maxZeroShare === undefined ? {} : { maxZeroShare: screen.maxZeroShare }),
    } : methodology.screen,
    treat: treatment ? { ...methodology.treat, numeric: treatment } : methodology.treat,
    normalise: normaliser ? { ...methodology.normalise, numeric: normaliser, categorical: normaliser } : methodology.normalise,
    aggregate: aggregator ? { ...methodology.aggregate, default: aggregator, byDepth: {} } : methodology.aggregate,
    imputation: imputation ?? methodology.imputation,
  };
}

/**
 * A short label of an alternative, e.g. "minmax", "generalised (p = 2)", "groupMean",
 * "denominated" or "raw", "minShare 0.8".
 */
export function labelOf(x: Normaliser | Aggregator | Imputation | Treatment | ScreeningAlternative | boolean | null): string {
  if (x === null) return 'methodology';
  if (typeof x === 'boolean') return x ? 'denominated' : 'raw';
  if (!('method' in x)) return [x.minShare === undefined ? '' : `minShare ${x.minShare}`, x.maxZeroShare === undefined ? '' : `maxZeroShare ${x.maxZeroShare}`].filter(Boolean).join(', ') || 'methodology';
  if ('p' in x) return `${x.method} (p = ${x.p})`;
  if ('winmax' in x) return `${x.method} (winmax ${x.winmax}${x.log ? '' : ', no log'})`;
  return x.method;
}
