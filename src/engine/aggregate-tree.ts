import type { Methodology } from '../schema/methodology.js';
import { engineText } from '../messages/engine.js';
import { aggregate, copeland } from './aggregate/index.js';
import type { Hierarchy } from './types.js';

export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}

/**
 * Scores every aggregate of one country, deepest first: aggregateCountries for a country alone.
 * A node aggregated by copeland throws (it needs the other countries).
 */
export function aggregateTree(
  indicatorScores: Record<string, number | null | undefined>,
  hierarchy: Hierarchy,
  aggregation: Methodology['aggregate'],
): Record<string, number | null | undefined> {
  return aggregateCountries([indicatorScores], hierarchy, aggregation)[0]!;
}

/**
 * Scores every aggregate of every country of an edition, node by node, deepest first. `rows`
 * hold each country's normalised indicator scores: number, null (missing) or undefined (not
 * applicable). Rules (aggregateColumns):
 * - a not-applicable child is left out entirely; a node whose children are all not applicable
 *   is itself not applicable;
 * - a missing child is dropped and the remaining weights renormalised;
 * - when fewer than `minCoverage` (or `minCoverageByDepth` for its depth) of the applicable
 *   children have a value, the node is missing;
 * - a node aggregated by copeland compares the countries that have a value at it by those rules,
 *   a child missing for a country being left out of that country's comparisons.
 * Returns new records with every node's value, in the order of `rows`.
 */
export function aggregateCountries(
  rows: readonly Record<string, number | null | undefined>[],
  hierarchy: Hierarchy,
  aggregation: Methodology['aggregate'],
): Record<string, number | null | undefined>[] {
  const aggregates = aggregateColumns((id) => rows.map((r) => r[id]), rows.length, hierarchy, aggregation);
  return rows.map((r, c) => {
    const out = { ...r };
    for (const id of hierarchy.aggregationOrder) out[id] = aggregates.get(id)![c];
    return out;
  });
}

/**
 * The aggregates of every country, node by node in aggregation order, by the rules of
 * aggregateCountries, over columns: `column(id)` gives the values of a child that is not an
 * aggregate (one per country: number, null = missing, undefined = not applicable). Returns each
 * aggregate's column by id. Throws an EngineError when a mean meets a score below zero.
 */
export function aggregateColumns(
  column: (id: string) => readonly (number | null | undefined)[],
  nC: number,
  hierarchy: Hierarchy,
  aggregation: Methodology['aggregate'],
): Map<string, (number | null | undefined)[]> {
  const out = new Map<string, (number | null | undefined)[]>();
  for (const id of hierarchy.aggregationOrder) {
    const node = hierarchy.nodes[id]!;
    const needed = aggregation.minCoverageByDepth?.[String(node.depth)] ?? aggregation.minCoverage;
    const aggregator = aggregation.byDepth[String(node.depth)] ?? aggregation.default;
    const across = aggregator.method === 'copeland';
    const nK = node.children.length;
    const allWeights = node.children.map((c) => hierarchy.nodes[c]!.weight);
    const children = node.children.map((c) => out.get(c) ?? column(c));
    const result = new Array<number | null | undefined>(nC);
    const compared: number[] = [];
    for (let c = 0; c < nC; c++) {
      const values: number[] = [];
      const weights: number[] = [];
      let applicable = 0;
      for (let k = 0; k < nK; k++) {
        const v = children[k]![c];
        if (v === undefined) continue;
        applicable++;
        if (v === null) continue;
        values.push(v);
        weights.push(allWeights[k]!);
      }
      if (applicable === 0) {
        result[c] = undefined;
        continue;
      }
      if (values.length === 0 || values.length / applicable < needed) {
        result[c] = null;
        continue;
      }
      if (across) {
        compared.push(c);
        continue;
      }
      const value = aggregate(values, weights, aggregator);
      if (Number.isNaN(value)) throw new EngineError(engineText.negativeMean(aggregator.method, node.id));
      result[c] = value;
    }
    if (across) {
      const s = copeland(compared.map((c) => children.map((x) => x[c] ?? null)), allWeights);
      compared.forEach((c, k) => { result[c] = s[k]; });
    }
    out.set(id, result);
  }
  return out;
}

/**
 * Each indicator's share of the index for a country with complete data under arithmetic
 * aggregation: the product, along its path, of its weight over the sum of its siblings' weights.
 */
export function effectiveWeights(hierarchy: Hierarchy): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of hierarchy.indicators) {
    let share = 1;
    let node = hierarchy.nodes[id]!;
    while (node.parent !== null) {
      const parent = hierarchy.nodes[node.parent]!;
      const total = parent.children.reduce((s, c) => s + hierarchy.nodes[c]!.weight, 0);
      share *= node.weight / total;
      node = parent;
    }
    out[id] = share;
  }
  return out;
}
