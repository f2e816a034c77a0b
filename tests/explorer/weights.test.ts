import { describe, expect, it } from 'vitest';
import { defaultIndicatorRatings, defaultRatings, framework, indicatorsUnder, weightingFor } from '../../src/explorer/weights.js';
import type { Dimension } from '../../src/schema/dimension.js';
import type { Indicator } from '../../src/schema/indicator.js';

const dim = (id: string, weight = 1, parent: string | null = null) => ({ id, name: id, parent, weight, description: null }) as Dimension;
const ind = (id: string, dimension: string, weight = 1) => ({ id, dimension, name: id, weight }) as Indicator;
// A (weight 2) holds a1 (2) and a2 (1); B holds the sub-dimension B1, which holds b1 and b2
const dims = [dim('A', 2), dim('B'), dim('B1', 1, 'B')];
const inds = [ind('a1', 'A', 2), ind('a2', 'A'), ind('b1', 'B1'), ind('b2', 'B1')];
const top = dims.filter((d) => !d.parent);

describe('explorer weights', () => {
  it('defaultRatings gives the heaviest sibling 3 and the others their share of it, to the half', () => {
    expect(defaultRatings([{ id: 'A', weight: 2 }, { id: 'B', weight: 1 }, { id: 'C', weight: 0.7 }])).toEqual({ A: 3, B: 1.5, C: 1 });
  });

  it('indicatorsUnder lists the indicators beneath each top-level dimension, nested ones included', () => {
    const under = indicatorsUnder(dims, inds);
    expect(Object.fromEntries(Object.entries(under).map(([k, v]) => [k, v.map((i) => i.id)]))).toEqual({ A: ['a1', 'a2'], B: ['b1', 'b2'] });
  });

  it('defaultIndicatorRatings rates each indicator among the indicators of its own dimension', () => {
    expect(defaultIndicatorRatings(inds)).toEqual({ a1: 3, a2: 1.5, b1: 3, b2: 3 });
  });

  it('weightingFor keeps the published weights while no rating differs from its default', () => {
    expect(weightingFor(top, inds, {}, {})).toBeNull();
    expect(weightingFor(top, inds, { A: 3 }, { a2: 1.5 })).toBeNull();
  });

  it('weightingFor weights every top-level dimension by its rating once one changed; all at 0 keeps the published ones', () => {
    expect(weightingFor(top, inds, { B: 0.5 }, {})).toEqual({ dimensions: { A: 3, B: 0.5 }, indicators: {} });
    expect(weightingFor(top, inds, { A: 0, B: 0 }, {})).toBeNull();
  });

  it('weightingFor weights the indicators of a dimension by their ratings once one of them changed, and leaves the other dimensions published', () => {
    expect(weightingFor(top, inds, {}, { a2: 5 })).toEqual({ dimensions: {}, indicators: { a1: 3, a2: 5 } });
  });

  it('framework replaces the weights and leaves out what is weighted 0, then any dimension left empty', () => {
    const weighted = framework(dims, inds, { dimensions: { A: 3, B: 1 }, indicators: { b1: 0, b2: 0 } })!;
    expect(weighted.dimensions.map((d) => [d.id, d.weight])).toEqual([['A', 3]]);
    expect(weighted.indicators.map((i) => [i.id, i.weight])).toEqual([['a1', 2], ['a2', 1]]);
    const noA = framework(dims, inds, { dimensions: { A: 0, B: 2 }, indicators: {} })!;
    expect(noA.dimensions.map((d) => d.id)).toEqual(['B', 'B1']);
    expect(noA.indicators.map((i) => i.id)).toEqual(['b1', 'b2']);
    expect(dims[0]!.weight).toBe(2); // inputs unchanged
  });

  it('framework is null when nothing is left', () => {
    expect(framework(dims, inds, { dimensions: { A: 0, B: 1 }, indicators: { b1: 0, b2: 0 } })).toBeNull();
  });
});
