import type { Indicator } from '../schema/indicator.js';
import type { ScaleOption } from '../schema/scale.js';

/**
 * The worst raw value an indicator allows, for reading a blank as "the lowest answer"
 * (imputation `lowest`): a categorical indicator's lowest option score; a numeric one's bound
 * on the bad side (`lower` for direction higher, `upper` for direction lower), or else the worst
 * value observed in the column. Null when there is nothing to go on.
 * @example worstValue({ type: 'categorical', … }, [{ score: 0 }, { score: 50 }, { score: 100 }], []) // 0
 */
export function worstValue(indicator: Pick<Indicator, 'type' | 'direction' | 'lower' | 'upper'>, scale: readonly ScaleOption[], column: readonly (number | null | undefined)[]): number | null {
  if (indicator.type === 'categorical') return scale.length ? Math.min(...scale.map((o) => o.score)) : null;
  const lowerIsBetter = indicator.direction === 'lower';
  const bound = lowerIsBetter ? indicator.upper : indicator.lower;
  if (bound !== null) return bound;
  const seen = column.filter((v): v is number => typeof v === 'number');
  if (seen.length === 0) return null;
  return lowerIsBetter ? Math.max(...seen) : Math.min(...seen);
}
