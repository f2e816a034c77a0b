import { z } from 'zod';
import { Id, OptionalText, blankToNull } from './common.js';

/** A source date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const SourceDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    if (s.length < 10) return true;
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

const YEAR_EXPECTED = 'a four-digit year such as 2024';
/** An edition: a four-digit year from 1900, written as four digits (not `2e3`, `0x7E8` or ` 2024 `). */
export const Edition = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{4}$/.test(v) ? Number(v) : v),
  z.number({ error: YEAR_EXPECTED }).int(YEAR_EXPECTED).min(1900, 'a year from 1900').max(2999, YEAR_EXPECTED),
);

/**
 * A row of countries/<ISO3>.csv as written. The answer stays text here: whether it is a scale
 * code or a number depends on the indicator, which cross-file validation resolves.
 */
export const AnswerRow = z.object({
  indicator: Id,
  edition: Edition,
  /** As written: a scale code is matched trimmed, a number must be a plain decimal without spaces. */
  answer: z.preprocess(blankToNull, z.string().nullable()),
  scope: z.preprocess(blankToNull, z.enum(['full', 'partial']).nullable()),
  justification: OptionalText,
  source: OptionalText,
  source_url: z.preprocess(blankToNull, z.string().trim().nullable()),
  source_date: z.preprocess(blankToNull, SourceDate.nullable()),
});
export type AnswerRow = z.infer<typeof AnswerRow>;
export const answerColumns = [
  'indicator', 'edition', 'answer', 'scope', 'justification', 'source', 'source_url', 'source_date',
] as const;
export const answerOptionalColumns = ['scope', 'source_url', 'source_date'] as const;
