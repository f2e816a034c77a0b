import type { Dimension } from '../schema/dimension.js';
import type { Indicator } from '../schema/indicator.js';

/** The rating scale of a dimension or indicator, as in the OECD Better Life Index: 0 (leave it out) to 5 (most). */
export const RATING_MAX = 5;

/** The dimensions a reader rates: the index's direct children. */
export function topDimensions(dimensions: readonly Dimension[]): Dimension[] {
  return dimensions.filter((d) => !d.parent);
}

/**
 * The rating that stands for a published weight among siblings: 3 for the heaviest, the others
 * in proportion, to the nearest half (equal weights all start at 3).
 * @example defaultRatings([{ id: 'A', weight: 2 }, { id: 'B', weight: 1 }]) // { A: 3, B: 1.5 }
 */
export function defaultRatings(siblings: readonly { id: string; weight: number }[]): Record<string, number> {
  const max = Math.max(...siblings.map((d) => d.weight));
  return Object.fromEntries(siblings.map((d) => [d.id, max > 0 ? Math.round((6 * d.weight) / max) / 2 : 3]));
}

/** The indicators beneath each top-level dimension (at any depth), in file order. */
export function indicatorsUnder(dimensions: readonly Dimension[], indicators: readonly Indicator[]): Record<string, Indicator[]> {
  const parent = new Map(dimensions.map((d) => [d.id, d.parent ?? null]));
  const topOf = (id: string): string => {
    let at = id;
    for (let p = parent.get(at); p; p = parent.get(at)) at = p;
    return at;
  };
  const out: Record<string, Indicator[]> = Object.fromEntries(topDimensions(dimensions).map((d) => [d.id, []]));
  for (const i of indicators) out[topOf(i.dimension)]?.push(i);
  return out;
}

/** Indicators grouped by their own dimension, groups in order of first appearance. */
function siblings(indicators: readonly Indicator[]): Indicator[][] {
  const groups = new Map<string, Indicator[]>();
  for (const i of indicators) groups.set(i.dimension, [...(groups.get(i.dimension) ?? []), i]);
  return [...groups.values()];
}

/** Each indicator's default rating, among the indicators of its own dimension (see defaultRatings). */
export function defaultIndicatorRatings(indicators: readonly Indicator[]): Record<string, number> {
  return Object.assign({}, ...siblings(indicators).map((g) => defaultRatings(g))) as Record<string, number>;
}

/** Weights that replace the published ones: top-level dimensions and indicators by id. */
export interface Weighting {
  dimensions: Record<string, number>;
  indicators: Record<string, number>;
}

/**
 * The weights to score with, or null for the published weights. Published weights are kept
 * exactly while no rating was changed (so the default view reproduces the published scores).
 * Once a dimension's rating is changed, every top-level dimension is weighted by its rating;
 * once an indicator's is, every indicator of that indicator's dimension is. All dimension
 * ratings 0 is not a weighting: the dimensions keep their published weights. A rating of 0
 * gives weight 0, which `framework` reads as leaving the node out.
 */
export function weightingFor(
  top: readonly Pick<Dimension, 'id' | 'weight'>[],
  indicators: readonly Indicator[],
  ratings: Record<string, number>,
  indicatorRatings: Record<string, number>,
): Weighting | null {
  const dimensions: Record<string, number> = {};
  const defaults = defaultRatings(top);
  const rate = (id: string) => ratings[id] ?? defaults[id]!;
  if (top.some((d) => rate(d.id) !== defaults[d.id]) && top.some((d) => rate(d.id) > 0)) {
    for (const d of top) dimensions[d.id] = rate(d.id);
  }
  const weights: Record<string, number> = {};
  for (const group of siblings(indicators)) {
    const initial = defaultRatings(group);
    if (!group.some((i) => i.id in indicatorRatings && indicatorRatings[i.id] !== initial[i.id])) continue;
    for (const i of group) weights[i.id] = indicatorRatings[i.id] ?? initial[i.id]!;
  }
  return Object.keys(dimensions).length + Object.keys(weights).length > 0 ? { dimensions, indicators: weights } : null;
}

/**
 * The framework scored under a weighting: weights replaced, and every node weighted 0 left out
 * with what is beneath it, as is a dimension left with nothing beneath it. Null when nothing is
 * left (every indicator rated 0). Returns new arrays; the inputs are not changed.
 */
export function framework<D extends Dimension, I extends Indicator>(
  dimensions: readonly D[],
  indicators: readonly I[],
  weighting: Weighting,
): { dimensions: D[]; indicators: I[] } | null {
  const dims = dimensions.map((d) => (d.id in weighting.dimensions ? { ...d, weight: weighting.dimensions[d.id]! } : d));
  const inds = indicators.map((i) => (i.id in weighting.indicators ? { ...i, weight: weighting.indicators[i.id]! } : i));
  // a dimension stays while it and its ancestors weigh more than 0 and something beneath it stays
  const byId = new Map(dims.map((d) => [d.id, d]));
  const weighs = (id: string | null): boolean => {
    for (let d = id === null ? undefined : byId.get(id); d; d = d.parent ? byId.get(d.parent) : undefined) if (!(d.weight > 0)) return false;
    return true;
  };
  const keptIndicators = inds.filter((i) => i.weight > 0 && weighs(i.dimension));
  const used = new Set<string>();
  for (const i of keptIndicators) for (let d = byId.get(i.dimension); d && !used.has(d.id); d = d.parent ? byId.get(d.parent) : undefined) used.add(d.id);
  if (keptIndicators.length === 0) return null;
  return { dimensions: dims.filter((d) => used.has(d.id)), indicators: keptIndicators };
}
