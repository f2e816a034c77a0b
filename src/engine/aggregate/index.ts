import type { Aggregator } from '../../schema/methodology.js';
import { engineText } from '../../messages/engine.js';
import { arithmetic } from './arithmetic.js';
import { copeland } from './copeland.js';
import { generalised } from './generalised.js';
import { geometric } from './geometric.js';
import { harmonic } from './harmonic.js';

export type { AggregateAcrossFn, AggregateFn } from './types.js';
export { arithmetic, copeland, generalised, geometric, harmonic };

/**
 * Aggregates one country by the named mean (values and weights of the children present).
 * Copeland compares countries, so it is not defined here: it throws (use aggregateCountries).
 */
export function aggregate(values: readonly number[], weights: readonly number[], aggregator: Aggregator): number {
  switch (aggregator.method) {
    case 'arithmetic': return arithmetic(values, weights, {});
    case 'geometric': return geometric(values, weights, {});
    case 'harmonic': return harmonic(values, weights, {});
    case 'generalised': return generalised(values, weights, aggregator);
    case 'copeland': throw new RangeError(engineText.copelandOneUnit());
  }
}

/** Whether any node of the methodology is aggregated by copeland (its scores depend on the other countries). */
export function usesCopeland(aggregation: { default: Aggregator; byDepth: Record<string, Aggregator> }): boolean {
  return aggregation.default.method === 'copeland' || Object.values(aggregation.byDepth).some((a) => a.method === 'copeland');
}
