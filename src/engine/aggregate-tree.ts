import type { Methodology } from '../schema/methodology.js';
import { aggregate } from './aggregate/index.js';
import type { Hierarchy } from './types.js';

export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}

/**
 * Scores every aggregate of one country, deepest first. `scores` holds the indicators'
 * normalised values: number, null (missing) or undefined (not applicable). Rules:
 * - a not-applicable child is left out entirely; a node whose children are all not applicable
 *   is itself not applicable;
 * - a missing child is dropped and the remaining weights renormalised;
 * - when fewer than `minCoverage` (or `minCoverageByDepth` for its depth) of the applicable
 *   children have a value, the node is missing.
 * Returns a new record with every node's value.
 */
export function aggregateTree(
  indicatorScores: Record<string, number | null | undefined>,
  hierarchy: Hierarchy,
  aggregation: Methodology['aggregate'],
): Record<string, number | null | undefined> {
  const scores: Record<string, number | null | undefined> = { ...indicatorScores };
  for (const id of hierarchy.aggregationOrder) {
    const node = hierarchy.nodes[id]!;
    const values: number[] = [];
    const weights: number[] = [];
    let applicable = 0;
    for (const c of node.children) {
      const v = scores[c];
      if (v === undefined) continue;
      applicable++;
      if (v === null) continue;
      values.push(v);
      weights.push(hierarchy.nodes[c]!.weight);
    }
    if (applicable === 0) {
      scores[id] = undefined;
      continue;
    }
    const needed = aggregation.minCoverageByDepth?.[String(node.depth)] ?? aggregation.minCoverage;
    if (values.length === 0 || values.length / applicable < needed) {
      scores[id] = null;
      continue;
    }
    const aggregator = aggregation.byDepth[String(node.depth)] ?? aggregation.default;
    const value = aggregate(values, weights, aggregator);
    if (Number.isNaN(value)) {
      throw new EngineError(`the ${aggregator.method} mean of "${node.id}" is undefined because a score below zero reaches it (use a normaliser whose scores are not negative, e.g. minmax to [1, 100])`);
    }
    scores[id] = value;
  }
  return scores;
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
