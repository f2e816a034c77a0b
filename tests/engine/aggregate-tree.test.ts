import { describe, expect, it } from 'vitest';
import { aggregateTree, EngineError, effectiveWeights } from '../../src/engine/aggregate-tree.js';
import { coverageOf } from '../../src/engine/build-index.js';
import { buildHierarchy } from '../../src/engine/hierarchy.js';
import type { Methodology } from '../../src/schema/methodology.js';
import { dim, ind } from './make.js';

// INDEX ← A (w 2) ← x (w 1), y (w 3);  INDEX ← B (w 1) ← B1 (w 1) ← z;  B ← u (w 1)
const hierarchy = buildHierarchy(
  [dim('A', null, 2), dim('B', null, 1), dim('B1', 'B', 1)],
  [ind('x', 'A'), ind('y', 'A', { weight: 3 }), ind('z', 'B1'), ind('u', 'B')],
);
const arith: Methodology['aggregate'] = { default: { method: 'arithmetic' }, byDepth: {}, minCoverage: 0.5 };

describe('aggregateTree', () => {
  it('scores every aggregate deepest first: A = (20 + 3·60)/4 = 50, B1 = z = 80, B = (80 + 40)/2 = 60, INDEX = (2·50 + 60)/3 = 160/3', () => {
    const s = aggregateTree({ x: 20, y: 60, z: 80, u: 40 }, hierarchy, arith);
    expect(s.A).toBe(50);
    expect(s.B1).toBe(80);
    expect(s.B).toBe(60);
    expect(s.INDEX).toBeCloseTo(160 / 3, 12);
  });
  it('a missing child is dropped and the remaining weights renormalised: y missing → A = x = 20', () => {
    const s = aggregateTree({ x: 20, y: null, z: 80, u: 40 }, hierarchy, arith);
    expect(s.A).toBe(20);
  });
  it('a not-applicable child is left out entirely; all children not applicable makes the parent not applicable too', () => {
    const s = aggregateTree({ x: 20, y: 60, z: undefined, u: 40 }, hierarchy, arith);
    expect(s.B1).toBeUndefined();
    expect(s.B).toBe(40);
  });
  it('below minCoverage of the applicable children the node is missing (null), and so may its parent be', () => {
    const s = aggregateTree({ x: null, y: null, z: 80, u: 40 }, hierarchy, { ...arith, minCoverage: 0.75 });
    expect(s.A).toBeNull();
    expect(s.INDEX).toBeNull(); // 1 of 2 children = 0.5 < 0.75
  });
  it('exactly minCoverage is enough: 1 of 2 children present with minCoverage 0.5', () => {
    expect(aggregateTree({ x: 20, y: null, z: 80, u: 40 }, hierarchy, arith).A).toBe(20);
  });
  it('all children missing gives null even with minCoverage 0', () => {
    expect(aggregateTree({ x: null, y: null, z: 80, u: 40 }, hierarchy, { ...arith, minCoverage: 0 }).A).toBeNull();
  });
  it('byDepth picks the aggregator of the node being computed: "0" = the index', () => {
    const s = aggregateTree({ x: 100, y: 100, z: 25, u: 25 }, hierarchy, { ...arith, byDepth: { 0: { method: 'geometric' } } });
    expect(s.A).toBe(100); // arithmetic
    expect(s.INDEX).toBeCloseTo((100 ** 2 * 25) ** (1 / 3), 10); // geometric with weights 2, 1
  });
  it('a negative score under a geometric mean is an EngineError that names the node and the fix', () => {
    expect(() => aggregateTree({ x: -1, y: 60, z: 80, u: 40 }, hierarchy, { ...arith, default: { method: 'geometric' } }))
      .toThrow(EngineError);
    expect(() => aggregateTree({ x: -1, y: 60, z: 80, u: 40 }, hierarchy, { ...arith, default: { method: 'geometric' } }))
      .toThrow(/geometric mean of "A".*minmax to \[1, 100\]/);
  });
  it('does not mutate the indicator scores it is given', () => {
    const input = { x: 20, y: 60, z: 80, u: 40 };
    aggregateTree(input, hierarchy, arith);
    expect(input).toEqual({ x: 20, y: 60, z: 80, u: 40 });
  });
});

describe('effectiveWeights', () => {
  it('is the product of weight shares along each path: x 2/3·1/4, y 2/3·3/4, z 1/3·1/2·1, u 1/3·1/2', () => {
    const w = effectiveWeights(hierarchy);
    expect(w.x).toBeCloseTo(2 / 12, 12);
    expect(w.y).toBeCloseTo(6 / 12, 12);
    expect(w.z).toBeCloseTo(1 / 6, 12);
    expect(w.u).toBeCloseTo(1 / 6, 12);
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it('a single indicator under a single dimension has weight 1', () => {
    expect(effectiveWeights(buildHierarchy([dim('A')], [ind('x', 'A', { weight: 7 })]))).toEqual({ x: 1 });
  });
});

describe('buildHierarchy', () => {
  it('orders aggregates deepest first and gives each node its depth', () => {
    expect(hierarchy.aggregationOrder).toEqual(['B1', 'A', 'B', 'INDEX']);
    expect([hierarchy.nodes.INDEX!.depth, hierarchy.nodes.B!.depth, hierarchy.nodes.B1!.depth, hierarchy.nodes.z!.depth]).toEqual([0, 1, 2, 3]);
    expect(hierarchy.dimensions).toEqual(['A', 'B', 'B1']);
  });
});

describe('coverageOf', () => {
  it('coverage is answered / (answered + missing); na counts in neither: 2 answered, 1 missing, 1 na → 2/3', () => {
    expect(coverageOf([1, null, undefined, 2])).toEqual({ answered: 2, missing: 1, na: 1, share: 2 / 3 });
  });
  it('a zero score is an answer, not a missing value', () => {
    expect(coverageOf([0, 0])).toEqual({ answered: 2, missing: 0, na: 0, share: 1 });
  });
  it('nothing applicable gives share 1; everything missing gives share 0', () => {
    expect(coverageOf([undefined, undefined]).share).toBe(1);
    expect(coverageOf([]).share).toBe(1);
    expect(coverageOf([null, null])).toEqual({ answered: 0, missing: 2, na: 0, share: 0 });
  });
});
