import type { Hierarchy, NodeCoverage } from './types.js';

/**
 * How many of the applicable indicators under each aggregate (the index and every dimension)
 * one country answered. A cell counts as answered when it holds evidence for this edition: not
 * blank, not not-applicable, not carried forward (`carried`). Imputed values do not count,
 * since imputation happens later.
 * @example nodeCoverage(h, [50, null, undefined]) // { INDEX: { answered: 1, applicable: 2 }, … }
 */
export function nodeCoverage(hierarchy: Hierarchy, row: readonly (number | null | undefined)[], carried: readonly boolean[] = []): Record<string, NodeCoverage> {
  return nodeCoverageOf(hierarchy)(row, carried);
}

/**
 * nodeCoverage for many rows of one hierarchy: the ancestors of every indicator are looked up
 * once, then each row is counted over arrays. Same result as nodeCoverage, row by row.
 */
export function nodeCoverageOf(hierarchy: Hierarchy): (row: readonly (number | null | undefined)[], carried?: readonly boolean[]) => Record<string, NodeCoverage> {
  const order = hierarchy.aggregationOrder;
  const position = new Map(order.map((id, k) => [id, k]));
  const ancestors = hierarchy.indicators.map((id) => {
    const out: number[] = [];
    for (let p = hierarchy.nodes[id]!.parent; p !== null; p = hierarchy.nodes[p]!.parent) out.push(position.get(p)!);
    return out;
  });
  const nI = ancestors.length;
  return (row, carried = []) => {
    const answered = new Array<number>(order.length).fill(0);
    const applicable = new Array<number>(order.length).fill(0);
    for (let i = 0; i < nI; i++) {
      const v = row[i];
      if (v === undefined) continue;
      const yes = v !== null && !carried[i];
      for (const k of ancestors[i]!) {
        applicable[k]!++;
        if (yes) answered[k]!++;
      }
    }
    const out: Record<string, NodeCoverage> = {};
    order.forEach((id, k) => { out[id] = { answered: answered[k]!, applicable: applicable[k]! }; });
    return out;
  };
}
