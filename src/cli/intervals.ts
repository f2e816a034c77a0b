import { rankIntervals, runSensitivity } from '../analysis/sensitivity/run.js';
import type { Dataset } from '../schema/dataset.js';

/**
 * Plausible rank ranges for the report: the 5–95% rank interval of every ranked country of the
 * latest edition, from the sensitivity analysis with the methodology file's settings (runs and
 * seed overridable). runs 0 → undefined (the report leaves the ranges out).
 */
export function rankIntervalsFor(dataset: Dataset, o: { runs?: number; seed?: number }): Record<string, [number, number]> | undefined {
  const settings = dataset.methodology.sensitivity;
  const runs = o.runs ?? settings.runs;
  if (runs === 0) return undefined;
  return rankIntervals(runSensitivity(dataset, { ...settings, runs, seed: o.seed ?? settings.seed }));
}
