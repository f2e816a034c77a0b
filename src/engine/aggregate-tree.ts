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
 * applicable). Rules:
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
  const out = rows.map((r) => ({ ...r }));
  for (const id of hierarchy.aggregationOrder) {
    const node = hierarchy.nodes[id]!;
    const needed = aggregation.minCoverageByDepth?.[String(node.depth)] ?? aggregation.minCoverage;
    const aggregator = aggregation.byDepth[String(node.depth)] ?? aggregation.default;
    const across = aggregator.method === 'copeland';
    const allWeights = node.children.map((c) => hierarchy.nodes[c]!.weight);
    const compared: { at: number; row: (number | null)[] }[] = [];
    for (const [at, scores] of out.entries()) {
      const values: number[] = [];
      const weights: number[] = [];
      const aligned: (number | null)[] = [];
      let applicable = 0;
      for (const [k, c] of node.children.entries()) {
        const v = scores[c];
        aligned.push(v ?? null);
        if (v === undefined) continue;
        applicable++;
        if (v === null) continue;
        values.push(v);
        weights.push(allWeights[k]!);
      }
      if (applicable === 0) {
        scores[id] = undefined;
        continue;
      }
      if (values.length === 0 || values.length / applicable < needed) {
        scores[id] = null;
        continue;
      }
      if (across) {
        compared.push({ at, row: aligned });
        continue;
      }
      const value = aggregate(values, weights, aggregator);
      if (Number.isNaN(value)) throw new EngineError(engineText.negativeMean(aggregator.method, node.id));
      scores[id] = value;
    }
    if (across) {
      const s = copeland(compared.map((c) => c.row), allWeights);
      compared.forEach((c, k) => { out[c.at]![id] = s[k]; });
    }
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
