import type { Dataset } from '../../../src/schema/dataset.js';
import { answer, dataset, dim, ind } from '../../engine/make.js';

/**
 * The hand-checkable toy of the aggregator tests: one dimension, two numeric indicators, values as
 * they are (no normalisation), equal weights; A (50, 50), B (100, 10), C (20, 20).
 */
export function swapToy(): Dataset {
  return dataset({
    dimensions: [dim('D')],
    indicators: [ind('x', 'D', { type: 'numeric' }), ind('y', 'D', { type: 'numeric' })],
    countries: [{ iso3: 'AAA' }, { iso3: 'BBB' }, { iso3: 'CCC' }],
    answers: [['AAA', 50, 50], ['BBB', 100, 10], ['CCC', 20, 20]].flatMap(([c, x, y]) => [
      answer(c as string, 'x', 2024, { kind: 'number', value: x as number }),
      answer(c as string, 'y', 2024, { kind: 'number', value: y as number }),
    ]),
    methodology: { normalise: { numeric: { method: 'none' } } },
  });
}
