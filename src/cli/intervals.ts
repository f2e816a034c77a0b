import type { Dataset } from '../schema/dataset.js';

/**
 * Plausible rank ranges for the report, from the sensitivity analysis when it is available.
 * Until then: none (the report leaves the ranges out).
 */
export function rankIntervalsFor(_dataset: Dataset, _o: { runs?: number; seed?: number }): Record<string, [number, number]> | undefined {
  return undefined;
}
