import type { Imputation } from '../schema/methodology.js';

/**
 * Fills missing values of one indicator (null) from the countries that have one: the mean or
 * median of all countries, or of the country's group (e.g. region). `na` values must be passed
 * as undefined: they are not applicable, so never imputed and never used to impute. A group
 * with no value falls back to all countries; with no value anywhere the cell stays null.
 * `lowest` fills every blank with `worst`, the lowest score the indicator allows (see
 * worstValue); without one the cell stays null.
 * Returns the new values and the positions that were imputed.
 * @example imputeColumn([10, null, 30], { method: 'mean', group: 'region' }, ['A', 'A', 'B']) // values [10, 10, 30], imputed [1]
 */
export function imputeColumn(
  values: readonly (number | null | undefined)[],
  imputation: Imputation,
  groups: readonly (string | null)[],
  worst: number | null = null,
): { values: (number | null | undefined)[]; imputed: number[] } {
  if (imputation.method === 'none') return { values: [...values], imputed: [] };
  if (imputation.method === 'lowest') return fillWith(values, worst);
  const stat = imputation.method === 'mean' || imputation.method === 'groupMean' ? mean : median;
  const byGroup = imputation.method === 'groupMean' || imputation.method === 'groupMedian';
  const all = values.filter((v): v is number => typeof v === 'number');
  const overall = all.length > 0 ? stat(all) : null;
  const groupStat = new Map<string | null, number | null>();
  const imputed: number[] = [];
  const out = values.map((v, i) => {
    if (v !== null) return v;
    let fill = overall;
    if (byGroup) {
      const g = groups[i] ?? null;
      if (!groupStat.has(g)) {
        const xs = values.filter((x, k): x is number => typeof x === 'number' && (groups[k] ?? null) === g);
        groupStat.set(g, xs.length > 0 ? stat(xs) : null);
      }
      fill = groupStat.get(g) ?? overall;
    }
    if (fill !== null) imputed.push(i);
    return fill;
  });
  return { values: out, imputed };
}

function fillWith(values: readonly (number | null | undefined)[], fill: number | null): { values: (number | null | undefined)[]; imputed: number[] } {
  const imputed: number[] = [];
  const out = values.map((v, i) => {
    if (v !== null || fill === null) return v;
    imputed.push(i);
    return fill;
  });
  return { values: out, imputed };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
