import type { Dimension } from '../schema/dimension.js';

/** The rating scale of a dimension, as in the OECD Better Life Index: 0 (ignore) to 5 (most). */
export const RATING_MAX = 5;

/** The dimensions a reader rates: the index's direct children. */
export function topDimensions(dimensions: readonly Dimension[]): Dimension[] {
  return dimensions.filter((d) => !d.parent);
}

/**
 * The rating that stands for a dimension's published weight: 3 for the heaviest, the others in
 * proportion, to the nearest half (equal weights all start at 3).
 * @example defaultRatings([{ id: 'A', weight: 2 }, { id: 'B', weight: 1 }]) // { A: 3, B: 1.5 }
 */
export function defaultRatings(top: readonly Pick<Dimension, 'id' | 'weight'>[]): Record<string, number> {
  const max = Math.max(...top.map((d) => d.weight));
  return Object.fromEntries(top.map((d) => [d.id, max > 0 ? Math.round((6 * d.weight) / max) / 2 : 3]));
}

/**
 * The weights to score with, or null for the published weights. Published weights are kept
 * exactly while no rating was changed (so the default view reproduces the published scores);
 * once one is, every top-level dimension is weighted by its rating. All ratings 0 is not a
 * weighting: null.
 */
export function weightsFor(top: readonly Pick<Dimension, 'id' | 'weight'>[], ratings: Record<string, number>): Record<string, number> | null {
  const defaults = defaultRatings(top);
  if (top.every((d) => (ratings[d.id] ?? defaults[d.id]) === defaults[d.id])) return null;
  const w = Object.fromEntries(top.map((d) => [d.id, ratings[d.id] ?? defaults[d.id]!]));
  return Object.values(w).some((x) => x > 0) ? w : null;
}
