import type { MethodologyInput } from '../schema/methodology.js';
import { choice, numberIn, UsageError, type Options } from './args.js';
import { cliText } from '../messages/cli.js';

export const methodologyOptions: Options = {
  normaliser: { type: 'string' },
  aggregator: { type: 'string' },
  p: { type: 'string' },
  imputation: { type: 'string' },
  'min-coverage': { type: 'string' },
  'rank-coverage': { type: 'string' },
  set: { type: 'string', multiple: true },
};

/** Command-line method choices → methodology overrides (only what was given). */
export function methodologyOverrides(values: Record<string, unknown>): Partial<MethodologyInput> {
  const str = (k: string) => values[k] as string | undefined;
  const out: Partial<MethodologyInput> = {};
  const normaliser = choice('normaliser', str('normaliser'), ['none', 'minmax', 'zscore', 'goalposts', 'target', 'rank', 'percentile', 'borda'] as const);
  if (normaliser) out.normalise = { numeric: { method: normaliser } as never };
  const aggregator = choice('aggregator', str('aggregator'), ['arithmetic', 'geometric', 'harmonic', 'generalised', 'copeland'] as const);
  const p = numberIn('p', str('p'), -100, 100);
  const minCoverage = numberIn('min-coverage', str('min-coverage'), 0, 1);
  if (aggregator || minCoverage !== undefined) {
    out.aggregate = {
      ...(aggregator ? { default: aggregator === 'generalised' ? { method: 'generalised', p: p ?? 2 } : { method: aggregator }, byDepth: {} } : {}),
      ...(minCoverage !== undefined ? { minCoverage } : {}),
    } as never;
  }
  const imputation = choice('imputation', str('imputation'), ['none', 'mean', 'median', 'groupMean', 'groupMedian', 'lowest'] as const);
  if (imputation) out.imputation = { method: imputation };
  const rankCoverage = numberIn('rank-coverage', str('rank-coverage'), 0, 1);
  if (rankCoverage !== undefined) out.ranking = { minCoverage: rankCoverage };
  for (const assignment of (values.set as string[] | undefined) ?? []) setPath(out as Record<string, unknown>, assignment);
  return out;
}

/**
 * `--set PATH=VALUE`: any methodology setting, by its dotted path in methodology.json; VALUE is
 * JSON (a bare word is taken as a string). E.g. --set ranking.minCoverage=0.8,
 * --set 'aggregate.byDepth.1={"method":"geometric"}', --set partialScope=ignore.
 */
function setPath(target: Record<string, unknown>, assignment: string): void {
  const eq = assignment.indexOf('=');
  const path = eq > 0 ? assignment.slice(0, eq).split('.') : [];
  if (path.length === 0 || path.some((k) => !/^[A-Za-z0-9_]+$/.test(k))) throw new UsageError(cliText.badSet(assignment));
  const raw = assignment.slice(eq + 1);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}
