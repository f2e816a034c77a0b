import type { Aggregator } from '../../schema/methodology.js';
import { arithmetic } from './arithmetic.js';
import { generalised } from './generalised.js';
import { geometric } from './geometric.js';
import { harmonic } from './harmonic.js';

export type { AggregateFn } from './types.js';
export { arithmetic, generalised, geometric, harmonic };

/** Aggregates by the named method (values and weights of the children present). */
export function aggregate(values: readonly number[], weights: readonly number[], aggregator: Aggregator): number {
  switch (aggregator.method) {
    case 'arithmetic': return arithmetic(values, weights, {});
    case 'geometric': return geometric(values, weights, {});
    case 'harmonic': return harmonic(values, weights, {});
    case 'generalised': return generalised(values, weights, aggregator);
  }
}
