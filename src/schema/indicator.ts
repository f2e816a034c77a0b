import { z } from 'zod';
import { DECIMAL, DECIMAL_EXPECTED, Id, OptionalNumber, OptionalText, Text, Weight, blankToNull } from './common.js';

/** A row of indicators/indicators.csv. */
export const Indicator = z.object({
  id: Id,
  dimension: Id,
  name: Text,
  question: OptionalText,
  type: z.enum(['categorical', 'numeric']),
  scale: z.preprocess(blankToNull, Id.nullable()),
  direction: z.preprocess(blankToNull, z.enum(['higher', 'lower']).nullable()),
  lower: OptionalNumber,
  upper: OptionalNumber,
  target: OptionalNumber,
  /** Goalposts for the goalposts normaliser (values beyond are truncated); default lower/upper. */
  goal_low: OptionalNumber,
  goal_high: OptionalNumber,
  weight: Weight,
  source: OptionalText,
  recommendation: OptionalText,
  /**
   * The recommendation's priority tier, set by the framework: 1 comes first on every scorecard,
   * then 2, …; blank = after every numbered tier. Within a tier, the points meeting it would add.
   */
  priority: z.preprocess((v) => { const b = blankToNull(v); return typeof b === 'string' && /^\d{1,9}$/.test(b) ? Number(b) : b; }, z.number({ error: 'a whole number from 1 (first), digits only' }).int('a whole number').min(1, 'a whole number from 1 (first)').nullable()),
  /**
   * Denomination (numeric indicators): the column of countries/countries.csv to divide the
   * answer by (population, GDP, area …); blank = none. The value used is
   * answer / denominator × denominator_scale.
   */
  denominator: OptionalText,
  /** The factor of a denominated value (e.g. 1000 for "per 1000 people"); blank = 1. */
  denominator_scale: z.preprocess((v) => { const b = blankToNull(v); return typeof b === 'string' && DECIMAL.test(b) ? Number(b) : b; }, z.number({ error: DECIMAL_EXPECTED }).refine((n) => Number.isFinite(n) && n > 0, 'a finite number above 0').nullable()),
});
export type Indicator = z.infer<typeof Indicator>;
export const indicatorColumns = [
  'id', 'dimension', 'name', 'question', 'type', 'scale', 'direction',
  'lower', 'upper', 'target', 'goal_low', 'goal_high', 'weight', 'source', 'recommendation', 'priority',
  'denominator', 'denominator_scale',
] as const;
/** Columns a file may leave out entirely (they are then blank in every row). */
export const indicatorOptionalColumns = ['question', 'scale', 'direction', 'lower', 'upper', 'target', 'goal_low', 'goal_high', 'weight', 'source', 'recommendation', 'priority', 'denominator', 'denominator_scale'] as const;
