import type { Dimension } from '../schema/dimension.js';
import type { Indicator } from '../schema/indicator.js';
import type { Hierarchy, HierarchyNode } from './types.js';

export const ROOT_ID = 'INDEX';

/**
 * The hierarchy as plain data: the index at the root, dimensions at any depth, indicators as
 * leaves. Assumes a validated framework (parents exist, no cycles). Children keep file order.
 */
export function buildHierarchy(dimensions: readonly Dimension[], indicators: readonly Indicator[], indexName = 'Index'): Hierarchy {
  const nodes: Record<string, HierarchyNode> = {
    [ROOT_ID]: { id: ROOT_ID, name: indexName, kind: 'index', parent: null, depth: 0, weight: 1, children: [] },
  };
  for (const d of dimensions) {
    nodes[d.id] = { id: d.id, name: d.name, kind: 'dimension', parent: d.parent ?? ROOT_ID, depth: 0, weight: d.weight, children: [] };
  }
  for (const i of indicators) {
    nodes[i.id] = { id: i.id, name: i.name, kind: 'indicator', parent: i.dimension, depth: 0, weight: i.weight, children: [] };
  }
  for (const node of [...dimensions.map((d) => nodes[d.id]!), ...indicators.map((i) => nodes[i.id]!)]) {
    nodes[node.parent!]!.children.push(node.id);
  }
  const dimensionOrder: string[] = [];
  const visit = (id: string, depth: number) => {
    const node = nodes[id]!;
    node.depth = depth;
    if (node.kind === 'dimension') dimensionOrder.push(id);
    for (const c of node.children) visit(c, depth + 1);
  };
  visit(ROOT_ID, 0);
  const aggregates = [ROOT_ID, ...dimensionOrder];
  const aggregationOrder = [...aggregates].sort((a, b) => nodes[b]!.depth - nodes[a]!.depth || aggregates.indexOf(a) - aggregates.indexOf(b));
  return { rootId: ROOT_ID, nodes, aggregationOrder, indicators: indicators.map((i) => i.id), dimensions: dimensionOrder };
}
