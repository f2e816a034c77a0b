import { message } from '../problems/messages.js';
import type { Problem } from '../problems/problem.js';
import { suggest } from '../problems/suggest.js';
import type { Methodology } from '../schema/methodology.js';

/**
 * Checks the column group imputation reads (imputation.group and each sensitivity.imputations
 * alternative's group): `region` or one of countries.csv's own columns (`columns`), with a
 * suggestion for a near miss. Only groups of the group methods are checked: the others ignore it.
 */
export function imputationGroupProblems(methodology: Methodology, columns: readonly string[], file: string): Problem[] {
  const known = ['region', ...columns];
  const named = [
    { path: 'imputation.group', imputation: methodology.imputation },
    ...methodology.sensitivity.imputations.map((imputation, k) => ({ path: `sensitivity.imputations.${k}.group`, imputation })),
  ];
  const out: Problem[] = [];
  for (const { path, imputation } of named) {
    const byGroup = imputation.method === 'groupMean' || imputation.method === 'groupMedian';
    if (!byGroup || known.includes(imputation.group)) continue;
    out.push({ code: 'imputation_group_unknown', severity: 'error', file, column: path, value: imputation.group,
      message: message('imputation_group_unknown', { path, group: imputation.group, columns, suggestion: suggest(imputation.group, known) }) });
  }
  return out;
}
