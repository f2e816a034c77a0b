import type { Normaliser } from '../../schema/methodology.js';
import { goalposts } from './goalposts.js';
import { minmax } from './minmax.js';
import { none } from './none.js';
import { borda, percentile } from './percentile.js';
import { rank } from './rank.js';
import { target } from './target.js';
import type { NormaliseContext } from './types.js';
import { zscore } from './zscore.js';

export type { NormaliseContext, NormaliseFn } from './types.js';
export { borda, goalposts, minmax, none, percentile, rank, target, zscore };

/**
 * Normalises one indicator's values by the named method, applying direction first: for a
 * `lower` indicator values, bounds and target are negated so that higher is better.
 */
export function normalise(
  values: readonly (number | null)[],
  normaliser: Normaliser,
  indicator: { direction: 'higher' | 'lower' | null; lower: number | null; upper: number | null; target: number | null; goal_low?: number | null; goal_high?: number | null },
): (number | null)[] {
  const flip = indicator.direction === 'lower';
  const lo = indicator.goal_low ?? indicator.lower;
  const hi = indicator.goal_high ?? indicator.upper;
  const xs = flip ? values.map((v) => (v === null ? null : -v)) : values;
  const ctx: NormaliseContext = flip
    ? { lower: hi === null ? null : -hi, upper: lo === null ? null : -lo, target: indicator.target === null ? null : -indicator.target }
    : { lower: lo, upper: hi, target: indicator.target };
  switch (normaliser.method) {
    case 'none': return none(xs, {}, ctx);
    case 'minmax': return minmax(xs, normaliser, ctx);
    case 'zscore': return zscore(xs, normaliser, ctx);
    case 'goalposts': return goalposts(xs, normaliser, ctx);
    case 'target': return target(xs, normaliser, ctx);
    case 'rank': return rank(xs, {}, ctx);
    case 'percentile': return percentile(xs, normaliser, ctx);
    case 'borda': return borda(xs, {}, ctx);
  }
}
