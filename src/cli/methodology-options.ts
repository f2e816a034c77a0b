import type { MethodologyInput } from '../schema/methodology.js';
import { choice, numberIn, type Options } from './args.js';

export const methodologyOptions: Options = {
  normaliser: { type: 'string' },
  aggregator: { type: 'string' },
  p: { type: 'string' },
  imputation: { type: 'string' },
  'min-coverage': { type: 'string' },
  'rank-coverage': { type: 'string' },
};

/** Command-line method choices → methodology overrides (only what was given). */
export function methodologyOverrides(values: Record<string, unknown>): Partial<MethodologyInput> {
  const str = (k: string) => values[k] as string | undefined;
  const out: Partial<MethodologyInput> = {};
  const normaliser = choice('normaliser', str('normaliser'), ['none', 'minmax', 'zscore', 'goalposts', 'target', 'rank', 'percentile', 'borda'] as const);
  if (normaliser) out.normalise = { numeric: { method: normaliser } as never };
  const aggregator = choice('aggregator', str('aggregator'), ['arithmetic', 'geometric', 'harmonic', 'generalised'] as const);
  const p = numberIn('p', str('p'), -100, 100);
  const minCoverage = numberIn('min-coverage', str('min-coverage'), 0, 1);
  if (aggregator || minCoverage !== undefined) {
    out.aggregate = {
      ...(aggregator ? { default: aggregator === 'generalised' ? { method: 'generalised', p: p ?? 2 } : { method: aggregator }, byDepth: {} } : {}),
      ...(minCoverage !== undefined ? { minCoverage } : {}),
    } as never;
  }
  const imputation = choice('imputation', str('imputation'), ['none', 'mean', 'median', 'groupMean', 'groupMedian'] as const);
  if (imputation) out.imputation = { method: imputation };
  const rankCoverage = numberIn('rank-coverage', str('rank-coverage'), 0, 1);
  if (rankCoverage !== undefined) out.ranking = { minCoverage: rankCoverage };
  return out;
}
