import type { Hierarchy, NodeCoverage } from './types.js';

/**
 * How many of the applicable indicators under each aggregate (the index and every dimension)
 * one country answered. A cell counts as answered when it holds evidence for this edition: not
 * blank, not not-applicable, not carried forward (`carried`). Imputed values do not count,
 * since imputation happens later.
 * @example nodeCoverage(h, [50, null, undefined]) // { INDEX: { answered: 1, applicable: 2 }, … }
 */
export function nodeCoverage(hierarchy: Hierarchy, row: readonly (number | null | undefined)[], carried: readonly boolean[] = []): Record<string, NodeCoverage> {
  const out: Record<string, NodeCoverage> = {};
  for (const id of hierarchy.aggregationOrder) out[id] = { answered: 0, applicable: 0 };
  hierarchy.indicators.forEach((id, i) => {
    const v = row[i];
    if (v === undefined) return;
    const answered = v !== null && !carried[i];
    for (let p = hierarchy.nodes[id]!.parent; p !== null; p = hierarchy.nodes[p]!.parent) {
      out[p]!.applicable++;
      if (answered) out[p]!.answered++;
    }
  });
  return out;
}
