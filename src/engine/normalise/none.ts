import type { NormaliseFn } from './types.js';

/** Leaves values as they are (categorical scale scores are already on 0–100); a numeric lower-is-better indicator arrives negated, so that higher stays better. */
export const none: NormaliseFn<unknown> = (values) => [...values];
