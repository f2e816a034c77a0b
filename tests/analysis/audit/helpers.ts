import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../../src/engine/build-index.js';
import type { Hierarchy, HierarchyNode, IndexResult } from '../../../src/engine/types.js';
import { loadProject } from '../../../src/project.js';

/** Absolute path of tests/fixtures/audit, or of the repository root. */
export const AUDIT_FIXTURE = fileURLToPath(new URL('../../fixtures/audit', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** buildIndex of a project folder (throws when it does not validate); `today` null = the real date. */
export async function indexOf(dir: string, today: string | null = '2025-01-01'): Promise<IndexResult> {
  const { dataset, problems } = await loadProject(dir, today === null ? {} : { today });
  if (!dataset) throw new Error(`${dir} does not validate: ${problems.map((p) => p.message).join('; ')}`);
  return buildIndex(dataset);
}

/**
 * A hand-made IndexResult: `tree` maps each dimension id to its children (dimensions or
 * indicators; a dimension's parent is the one listing it, else the index), `scores` gives one
 * column per node (countries in order), INDEX included. Only what auditIndex reads is filled in.
 */
export function synthetic(tree: Record<string, string[]>, scores: Record<string, (number | null)[]>, edition = 2024): IndexResult {
  const nodes: Record<string, HierarchyNode> = {
    INDEX: { id: 'INDEX', name: 'Index', kind: 'index', parent: null, depth: 0, weight: 1, children: [] },
  };
  const childOf = new Map<string, string>();
  for (const [d, kids] of Object.entries(tree)) for (const k of kids) childOf.set(k, d);
  const dims = Object.keys(tree);
  const add = (id: string, parent: string, depth: number): void => {
    const kind = id in tree ? 'dimension' : 'indicator';
    nodes[id] = { id, name: `Name of ${id}`, kind, parent, depth, weight: 1, children: tree[id] ?? [] };
    for (const k of tree[id] ?? []) add(k, id, depth + 1);
  };
  const tops = dims.filter((d) => !childOf.has(d));
  nodes.INDEX!.children = tops;
  for (const d of tops) add(d, 'INDEX', 1);
  const order: string[] = [];
  const visit = (id: string): void => {
    if (nodes[id]!.kind === 'dimension') order.push(id);
    for (const c of nodes[id]!.children) visit(c);
  };
  visit('INDEX');
  const indicators = Object.keys(nodes).filter((k) => nodes[k]!.kind === 'indicator');
  const hierarchy: Hierarchy = { rootId: 'INDEX', nodes, aggregationOrder: [...order].reverse().concat('INDEX'), indicators, dimensions: order };
  const n = Object.values(scores)[0]?.length ?? 0;
  const countries = Array.from({ length: n }, (_, c) => ({
    iso3: `C${c}`, name: `Country ${c}`, region: null,
    scores: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v[c] ?? null])),
    ranks: {}, coverage: { answered: 1, missing: 0, na: 0, share: 1 }, ranked: c % 2 === 0, band: null, imputed: [], carried: [], nodeCoverage: {}, change: null,
  }));
  return {
    hierarchy,
    methodology: {} as IndexResult['methodology'],
    editions: [{ edition, previous: null, countries, effectiveWeights: {} }],
  };
}
