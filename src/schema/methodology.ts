import { z } from 'zod';

/**
 * How raw indicator values become comparable 0–100-ish scores. Each method is one file in
 * src/engine/normalise/; `direction` of a numeric indicator is applied first.
 */
/**
 * A number setting of a method, at most 1e15 in size like a number cell (src/schema/common.ts),
 * so that no setting can overflow the engine's arithmetic to Infinity or NaN.
 */
const Setting = () => z.number().min(-1e15, 'a number from -1e15 to 1e15').max(1e15, 'a number from -1e15 to 1e15');

export const Normaliser = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('none') }),
  z.strictObject({ method: z.literal('minmax'), low: Setting().default(0), high: Setting().default(100) }),
  z.strictObject({ method: z.literal('zscore'), mean: Setting().default(0), sd: Setting().positive().default(1) }),
  z.strictObject({ method: z.literal('goalposts'), scale: Setting().positive().default(100) }),
  z.strictObject({
    method: z.literal('target'),
    scale: Setting().positive().default(100),
    /** false: values beyond the target score above `scale` (COINr's n_dist2targ with cap_max = FALSE). */
    cap: z.boolean().default(true),
  }),
  z.strictObject({ method: z.literal('rank') }),
  z.strictObject({ method: z.literal('percentile'), scale: Setting().positive().default(100) }),
  z.strictObject({ method: z.literal('borda') }),
]);
export type Normaliser = z.infer<typeof Normaliser>;
export type NormaliserName = Normaliser['method'];

/**
 * How children combine into their parent. Each method is one file in src/engine/aggregate/; the
 * means take one country at a time, `copeland` compares the countries with each other.
 */
export const Aggregator = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('arithmetic') }),
  z.strictObject({ method: z.literal('geometric') }),
  z.strictObject({ method: z.literal('harmonic') }),
  z.strictObject({ method: z.literal('generalised'), p: z.number().min(-100, 'p from -100 to 100 (larger powers overflow; p = 100 is already close to the maximum)').max(100, 'p from -100 to 100 (larger powers overflow; p = 100 is already close to the maximum)').refine((p) => p !== 0, 'p ≠ 0 (p = 0 is the geometric mean)') }),
  /** Weighted pairwise outranking: wins − losses against the other countries (src/engine/aggregate/copeland.ts). */
  z.strictObject({ method: z.literal('copeland') }),
]);
export type Aggregator = z.infer<typeof Aggregator>;
export type AggregatorName = Aggregator['method'];

/**
 * How missing indicator values are filled before normalisation (never `na` ones). `lowest`
 * treats a blank as the worst answer the indicator allows (the scale's lowest score; for a
 * number, its bound or the worst value observed): the pessimistic reading of missing evidence.
 */
export const Imputation = z.strictObject({
  method: z.enum(['none', 'mean', 'median', 'groupMean', 'groupMedian', 'lowest']).default('none'),
  /**
   * The column of countries/countries.csv that defines groups, for the group methods: `region`
   * or any of the file's own columns (e.g. an income group). Validation checks it exists.
   */
  group: z.string().min(1).default('region'),
});
export type Imputation = z.infer<typeof Imputation>;

/**
 * Outlier treatment of a numeric column before normalisation (COINr's `Treat` default):
 * `winsorise` winsorises up to `winmax` points while |skew| ≥ `skew` and kurtosis ≥ `kurtosis`,
 * then, if the column still fails and `log` is on, log-transforms the original column instead;
 * `log` always log-transforms; `none` leaves it. See src/engine/treat/.
 */
export const Treatment = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('none') }),
  z.strictObject({
    method: z.literal('winsorise'),
    winmax: z.number().int().min(0).default(5),
    skew: z.number().positive().default(2),
    kurtosis: z.number().default(3.5),
    log: z.boolean().default(true),
  }),
  z.strictObject({ method: z.literal('log') }),
]);
export type Treatment = z.infer<typeof Treatment>;

/**
 * Unit screening (COINr's Screen): before anything else, an edition leaves out each country
 * with less than `minShare` of its applicable indicators answered, or more than `maxZeroShare`
 * of them answered 0; `include` keeps the listed countries whatever their data, `exclude` leaves
 * them out whatever their data. Left-out countries take no part in the edition (not in
 * normalisation, imputation or ranks) and are reported.
 */
export const Screening = z.strictObject({
  minShare: z.number().min(0).max(1).default(0),
  maxZeroShare: z.number().min(0).max(1).default(1),
  include: z.array(z.string()).default([]),
  exclude: z.array(z.string()).default([]),
});
export type Screening = z.infer<typeof Screening>;

/** A unit screening alternative of the sensitivity analysis: the thresholds it sets replace the methodology's (`include` and `exclude` are kept). */
export const ScreeningAlternative = z.strictObject({
  minShare: z.number().min(0).max(1).optional(),
  maxZeroShare: z.number().min(0).max(1).optional(),
});
export type ScreeningAlternative = z.infer<typeof ScreeningAlternative>;

export const Band = z.strictObject({ min: z.number(), label: z.string().min(1) });
export type Band = z.infer<typeof Band>;

/** Most model evaluations a sensitivity analysis may ask for (memory grows with runs × countries). */
export const MAX_RUNS = 1_000_000;
/** Seeds are 32-bit: a larger one would wrap around to a seed already in use. */
export const MAX_SEED = 4_294_967_295;

/** Alternatives that the sensitivity analysis samples from (the nominal choice is always one of them). */
export const SensitivitySettings = z.strictObject({
  runs: z.number().int().positive().max(MAX_RUNS).default(1000),
  seed: z.number().int().min(0).max(MAX_SEED).default(1),
  /** Uniform noise on every weight, as a fraction of the weight (0.25 = ±25%). */
  weightNoise: z.number().min(0).max(1).default(0.25),
  normalisers: z.array(Normaliser).default([]),
  aggregators: z.array(Aggregator).default([]),
  imputations: z.array(Imputation).default([]),
  /** Alternatives for the outlier treatment of every numeric indicator (treat.numeric; treat.byIndicator is kept). */
  treatments: z.array(Treatment).default([]),
  /** Alternatives for `denominate`: true divides indicators by their denominator, false scores the raw answers. */
  denominations: z.array(z.boolean()).default([]),
  /** Alternatives for unit screening: each replaces `screen.minShare` and/or `screen.maxZeroShare`. */
  screens: z.array(ScreeningAlternative).default([]),
  /** Include "drop one indicator" as a factor. */
  dropIndicator: z.boolean().default(true),
});
export type SensitivitySettings = z.infer<typeof SensitivitySettings>;

/** A calendar day, YYYY-MM-DD, that exists. */
const Day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date as YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'a date that exists');

export const EditionSettings = z.strictObject({ referenceDate: Day });
export type EditionSettings = z.infer<typeof EditionSettings>;

/** Thresholds of the evidence check (policy-index evidence; validate). */
export const EvidenceSettings = z.strictObject({
  /** An answer unchanged since the previous edition is flagged when its source is older than this many years at the edition's reference date. */
  staleYears: z.number().int().min(1).default(6),
  /** A source cited by at least this many answers of one country and edition is flagged as carrying too much. */
  sharedSourceAnswers: z.number().int().min(2).default(8),
});
export type EvidenceSettings = z.infer<typeof EvidenceSettings>;

/** indicators/methodology.json: the whole methodology as one value, so it can be re-run. */
export const Methodology = z.strictObject({
  version: z.string().default('1'),
  normalise: z.strictObject({
    numeric: Normaliser.default({ method: 'minmax', low: 0, high: 100 }),
    categorical: Normaliser.default({ method: 'none' }),
    byIndicator: z.record(z.string(), Normaliser).default({}),
  }).default({ numeric: { method: 'minmax', low: 0, high: 100 }, categorical: { method: 'none' }, byIndicator: {} }),
  imputation: Imputation.default({ method: 'none', group: 'region' }),
  /**
   * Divide each indicator that names a `denominator` in indicators.csv by that column of
   * countries.csv (COINr's Denominate); false uses the raw answers (e.g. to compare the two).
   */
  denominate: z.boolean().default(true),
  screen: Screening.default({ minShare: 0, maxZeroShare: 1, include: [], exclude: [] }),
  /** Outlier treatment, after imputation: `numeric` for every numeric indicator, `byIndicator` overrides (any indicator). */
  treat: z.strictObject({
    numeric: Treatment.default({ method: 'none' }),
    byIndicator: z.record(z.string(), Treatment).default({}),
  }).default({ numeric: { method: 'none' }, byIndicator: {} }),
  aggregate: z.strictObject({
    default: Aggregator.default({ method: 'arithmetic' }),
    /** Aggregator for the children of nodes at a depth: "0" = the index itself, "1" = top dimensions, … */
    byDepth: z.record(z.string().regex(/^\d+$/), Aggregator).default({}),
    /** An aggregate needs at least this share of its children (by count) to have a value. */
    minCoverage: z.number().min(0).max(1).default(0.5),
    /** The same share for the aggregates at a depth ("0" = the index itself), overriding minCoverage. */
    minCoverageByDepth: z.record(z.string().regex(/^\d+$/), z.number().min(0).max(1)).default({}),
  }).default({ default: { method: 'arithmetic' }, byDepth: {}, minCoverage: 0.5, minCoverageByDepth: {} }),
  ranking: z.strictObject({
    /** A country is ranked only if at least this share of its applicable indicators is answered. */
    minCoverage: z.number().min(0).max(1).default(0.7),
    /** … and only if at least this share of the index's dimensions (its direct children) has a score. */
    minDimensions: z.number().min(0).max(1).default(0),
    /**
     * Who gets a rank per column: `ranked` (default) only the countries ranked by the rules above;
     * `present` every country with a value in that column (COINr's ranks of every column).
     */
    ranksOver: z.enum(['ranked', 'present']).default('ranked'),
  }).default({ minCoverage: 0.7, minDimensions: 0, ranksOver: 'ranked' }),
  /** Score bands, any order; a score gets the band with the highest `min` it reaches. */
  bands: z.array(Band).default([]),
  /**
   * Fill a blank answer with the same country's answer in the previous edition, when it had one.
   * Off by default: a carried answer is not evidence for this edition, so coverage still counts it
   * as missing and every table and scorecard flags it.
   */
  carryForward: z.boolean().default(false),
  /** Scope `partial` lowers a categorical score half a step toward the next lower option (OxCGRT). */
  partialScope: z.enum(['halfStep', 'ignore']).default('halfStep'),
  /**
   * What each edition describes: `referenceDate` is the day the edition's answers describe
   * (YYYY-MM-DD). An edition not listed describes 31 December of its year.
   */
  editions: z.record(z.string().regex(/^\d{4}$/, 'an edition year'), EditionSettings).default({}),
  evidence: EvidenceSettings.default({ staleYears: 6, sharedSourceAnswers: 8 }),
  sensitivity: SensitivitySettings.default({
    runs: 1000, seed: 1, weightNoise: 0.25, normalisers: [], aggregators: [], imputations: [], treatments: [], denominations: [], screens: [], dropIndicator: true,
  }),
});
export type Methodology = z.infer<typeof Methodology>;
export type MethodologyInput = z.input<typeof Methodology>;
