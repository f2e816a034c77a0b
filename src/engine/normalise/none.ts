import type { NormaliseFn } from './types.js';

/** Leaves values as they are (categorical scale scores are already on 0–100). */
export const none: NormaliseFn<unknown> = (values) => [...values];
