import { z } from 'zod';

/** An id: a letter, then letters, digits or underscores. */
export const Id = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'an id: a letter, then letters, digits or _');

/** A blank CSV cell is `null`, never zero. */
export const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/**
 * A decimal number as a cell may write it: an optional sign, at most 15 digits before an optional
 * point, digits after it. No exponent (`2e3`), hex or binary (`0x10`, `0b11`), spaces, `Infinity`
 * or `NaN`: a spreadsheet writes none of these for a number a person typed, and bounding the size
 * keeps every sum and product of the engine finite (1e15 is also where integers stop being exact).
 */
export const DECIMAL = /^[-+]?(\d{1,15}(\.\d*)?|\.\d+)$/;
export const DECIMAL_EXPECTED = 'a decimal number such as 12 or 0.5, at most 15 digits before the point; no exponent, hex or spaces';

/** A cell read as a number when it is decimal; anything else is left for the schema to refuse. */
const decimal = (v: unknown) => (typeof v === 'string' && DECIMAL.test(v) ? Number(v) : v);

/** A decimal number (see DECIMAL); numbers given as numbers pass as they are. */
export const Decimal = z.preprocess(decimal, z.number({ error: DECIMAL_EXPECTED }));

/** A positive weight; a blank cell means 1. */
export const Weight = z.preprocess(
  (v) => (blankToNull(v) === null ? 1 : decimal(v)),
  z.number({ error: DECIMAL_EXPECTED }).refine((n) => Number.isFinite(n) && n > 0, 'a finite number above 0'),
);

/** An optional finite number; blank = null. */
export const OptionalNumber = z.preprocess(
  (v) => decimal(blankToNull(v)),
  z.number({ error: DECIMAL_EXPECTED }).refine((n) => Number.isFinite(n), 'a finite number').nullable(),
);

/** Optional text; blank = null. */
export const OptionalText = z.preprocess(blankToNull, z.string().nullable());

/** Required, non-blank text (trimmed). */
export const Text = z.string().trim().min(1, 'some text');

/** A required number cell: blank is an error, never zero. */
export const NumberCell = z.preprocess(
  (v) => (blankToNull(v) === null ? undefined : decimal(v)),
  z.number({ error: DECIMAL_EXPECTED }).refine((n) => Number.isFinite(n), 'a finite number'),
);
