import { z } from 'zod';

/** An id: a letter, then letters, digits or underscores. */
export const Id = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'an id: a letter, then letters, digits or _');

/** A blank CSV cell is `null`, never zero. */
export const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** A positive weight; a blank cell means 1. */
export const Weight = z.preprocess(
  (v) => (blankToNull(v) === null ? 1 : v),
  z.coerce.number().refine((n) => Number.isFinite(n) && n > 0, 'a finite number above 0'),
);

/** An optional finite number; blank = null. */
export const OptionalNumber = z.preprocess(
  blankToNull,
  z.coerce.number().refine((n) => Number.isFinite(n), 'a finite number').nullable(),
);

/** Optional text; blank = null. */
export const OptionalText = z.preprocess(blankToNull, z.string().nullable());

/** Required, non-blank text (trimmed). */
export const Text = z.string().trim().min(1, 'some text');

/** A required number cell: blank is an error, never zero. */
export const NumberCell = z.preprocess(
  (v) => (blankToNull(v) === null ? undefined : v),
  z.coerce.number({ error: 'a number' }).refine((n) => Number.isFinite(n), 'a finite number'),
);
