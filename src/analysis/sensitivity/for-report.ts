import { runSensitivity, type SensitivityResult } from './run.js';
import type { Dataset } from '../../schema/dataset.js';

/**
 * The sensitivity analysis behind the report's plausible rank ranges (the 5–95% rank interval of
 * every ranked country of the latest edition), with the methodology file's settings (runs and
 * seed overridable). runs 0 → undefined (the report leaves the ranges out).
 */
export function sensitivityFor(dataset: Dataset, o: { runs?: number; seed?: number }, progress?: (done: number, total: number) => void): SensitivityResult | undefined {
  const settings = dataset.methodology.sensitivity;
  const runs = o.runs ?? settings.runs;
  if (runs === 0) return undefined;
  return runSensitivity(dataset, { ...settings, runs, seed: o.seed ?? settings.seed }, {}, progress);
}
