import { beforeAll, describe, expect, it } from 'vitest';
import { auditIndex, AUDIT_RULES, type Audit } from '../../../src/analysis/audit/index.js';
import { AUDIT_FIXTURE, indexOf, REPO_ROOT, synthetic } from './helpers.js';

const byId = <T extends { id: string }>(xs: readonly T[], id: string): T => xs.find((x) => x.id === id)!;

describe('auditIndex on a hand-calculated example', () => {
  // Four countries, one dimension D with indicators x and y (D and the index given as scores).
  // x = [1, 2, 3, 4], y = [1, 3, 2, 4]: x̄ = ȳ = 2.5, deviations x: (−1.5, −0.5, 0.5, 1.5),
  // y: (−1.5, 0.5, −0.5, 1.5); Σdxdy = 2.25 − 0.25 − 0.25 + 2.25 = 4, Σdx² = Σdy² = 5, r = 4/5 = 0.8.
  // Alpha: s²x = s²y = 5/3; totals (2, 5, 5, 8), mean 5, s²t = (9 + 0 + 0 + 9)/3 = 6;
  // α = 2/(2 − 1) · (1 − (10/3)/6) = 2 · 4/9 = 8/9.
  // PCA of [[1, 0.8], [0.8, 1]]: λ = 1 ± 0.8 = 1.8, 0.2; PC1 share 0.9; vector (1, 1)/√2,
  // loadings √1.8/√2 = √0.9 each.
  const result = synthetic({ D: ['x', 'y'] }, {
    x: [1, 2, 3, 4],
    y: [1, 3, 2, 4],
    D: [1, 2.5, 2.5, 4], // the mean of x and y
    INDEX: [1, 2.5, 2.5, 4],
  });
  const audit = auditIndex(result);

  it('Cronbach\'s alpha is 8/9 and PCA gives λ = 1.8, 0.2 with loadings √0.9, as by hand', () => {
    const d = byId(audit.dimensions, 'D');
    expect(d.alpha).toBeCloseTo(8 / 9, 14);
    expect(d.complete).toBe(4);
    expect(d.pca!.eigenvalues[0]).toBeCloseTo(1.8, 12);
    expect(d.pca!.eigenvalues[1]).toBeCloseTo(0.2, 12);
    expect(d.pca!.firstShare).toBeCloseTo(0.9, 12);
    expect(d.pca!.loadings.x).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(d.pca!.loadings.y).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(d.pca!.kaiser).toBe(1);
    expect(d.flags).toEqual([]);
  });

  it('an indicator correlates √0.9 with the mean of both, as by hand', () => {
    // D = (x + y)/2 has deviations (−1.5, 0, 0, 1.5): Σdx·dD = 2.25 + 0 + 0 + 2.25 = 4.5, Σd²D = 4.5,
    // r = 4.5/√(5 · 4.5) = √0.9 ≈ 0.9487.
    const x = byId(audit.indicators, 'x');
    expect(x.withDimension).toBeCloseTo(Math.sqrt(0.9), 14);
    expect(x.withTopDimension).toBeCloseTo(Math.sqrt(0.9), 14);
    expect(x.withIndex).toBeCloseTo(Math.sqrt(0.9), 14);
    expect(x.loading).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(x.n).toBe(4);
  });
});

describe('auditIndex on tests/fixtures/audit against tests/reference/audit/audit_reference.py', () => {
  let audit: Audit;
  beforeAll(async () => { audit = auditIndex(await indexOf(AUDIT_FIXTURE)); });

  it('covers the one edition and its six countries', () => {
    expect(audit.edition).toBe(2024);
    expect(audit.countries).toBe(6);
    expect(audit.matrix.ids).toEqual(['A', 'B', 'C', 'INDEX']);
  });

  it('indicator correlations with their dimension and with the index are the reference values', () => {
    // python3 tests/reference/audit/audit_reference.py, "# indicator" block
    const expected: Record<string, [number | null, number | null]> = {
      a1: [0.729153581268, 0.696847822956],
      a2: [0.934921351203, 0.837917933564],
      a_neg: [-0.571182002667, -0.508228964176],
      b1: [0.989188856182, 0.754375158459],
      b2: [0.989491720442, 0.539775425317],
      b_const: [null, null],
      c_big: [0.985105640141, 0.812454377379],
      c_w1: [0.17670704493, -0.44926386194],
      c_w2: [0.320408846568, 0.285650273439],
    };
    for (const [id, [dim, index]] of Object.entries(expected)) {
      const i = byId(audit.indicators, id);
      if (dim === null) expect(i.withDimension, id).toBeNull();
      else expect(i.withDimension, id).toBeCloseTo(dim, 11);
      if (index === null) expect(i.withIndex, id).toBeNull();
      else expect(i.withIndex, id).toBeCloseTo(index, 11);
    }
  });

  it('the dimension matrix is the reference, symmetric with a unit diagonal', () => {
    const expected = [
      [1, 0.68349830586, 0.574060063751, 0.944653752218],
      [0.68349830586, 1, -0.088886367706, 0.584634246902],
      [0.574060063751, -0.088886367706, 1, 0.751456068052],
      [0.944653752218, 0.584634246902, 0.751456068052, 1],
    ];
    audit.matrix.r.forEach((row, i) => row.forEach((v, j) => expect(v, `${i},${j}`).toBeCloseTo(expected[i]![j]!, 11)));
  });

  it('Cronbach\'s alpha and PCA per dimension are the reference values (constant b_const left out)', () => {
    const expected = {
      A: { items: ['a1', 'a2', 'a_neg'], n: 5, alpha: -1.582748561554, eig: [2.883550091814, 0.109814638624, 0.006635269561], share: 0.961183363938, load: [0.977171777685, 0.996966921519, -0.966820751798] },
      B: { items: ['b1', 'b2'], n: 5, alpha: 0.978494375274, eig: [1.958708329209, 0.041291670791], share: 0.979354164605, load: [0.989623243767, 0.989623243767] },
      C: { items: ['c_big', 'c_w1', 'c_w2'], n: 6, alpha: 0.133488499452, eig: [1.216319024924, 1.056174510291, 0.727506464784], share: 0.405439674975, load: [0.719670820969, -0.207845416997, 0.809440063873] },
    };
    for (const [id, e] of Object.entries(expected)) {
      const d = byId(audit.dimensions, id);
      expect(d.items, id).toEqual(e.items);
      expect(d.complete, id).toBe(e.n);
      expect(d.pca!.n, id).toBe(e.n);
      expect(d.alpha, id).toBeCloseTo(e.alpha, 11);
      d.pca!.eigenvalues.forEach((l, k) => expect(l, `${id} λ${k + 1}`).toBeCloseTo(e.eig[k]!, 10));
      expect(d.pca!.firstShare, id).toBeCloseTo(e.share, 11);
      e.items.forEach((item, k) => expect(d.pca!.loadings[item], `${id} ${item}`).toBeCloseTo(e.load[k]!, 9));
    }
    expect(byId(audit.dimensions, 'B').indicators).toEqual(['b1', 'b2', 'b_const']);
  });

  it('flags a_neg as negative, b_const as constant and c_big (weight 8, others weak) as dominant, and nothing else', () => {
    const flagged = Object.fromEntries(audit.indicators.filter((i) => i.flags.length > 0).map((i) => [i.id, i.flags]));
    expect(flagged).toEqual({ a_neg: ['negative'], b_const: ['constant'], c_big: ['dominant'] });
  });

  it('flags low alpha in A (a_neg pulls it below 0) and C, and a weak first component in C (40.5%)', () => {
    expect(Object.fromEntries(audit.dimensions.map((d) => [d.id, d.flags]))).toEqual({
      A: ['lowAlpha'], B: [], C: ['lowAlpha', 'weakFirstComponent'],
    });
  });

  it('a constant indicator has no loading and n of all its countries', () => {
    const b = byId(audit.indicators, 'b_const');
    expect(b).toMatchObject({ n: 6, loading: null, withTopDimension: null, withDimensions: { A: null, B: null, C: null } });
  });
});

describe('auditIndex rules for degenerate and nested inputs', () => {
  it('an indicator with fewer than 3 values is "sparse", not "constant", and is left out of alpha and PCA', () => {
    const audit = auditIndex(synthetic({ D: ['x', 'y', 'z'] }, {
      x: [1, 2, 3, 4], y: [2, 1, 4, 3], z: [5, null, null, 5], D: [1, 2, 3, 4], INDEX: [1, 2, 3, 4],
    }));
    expect(byId(audit.indicators, 'z').flags).toEqual(['sparse']);
    expect(byId(audit.indicators, 'z').n).toBe(2);
    expect(byId(audit.dimensions, 'D').items).toEqual(['x', 'y']);
    expect(byId(audit.dimensions, 'D').complete).toBe(4);
  });

  it('a dimension whose items vary over too few complete countries is flagged "pcaUndefined"', () => {
    const audit = auditIndex(synthetic({ D: ['x', 'y'] }, {
      x: [1, 2, 3, 4, null], y: [null, null, 3, 4, 5], D: [1, 2, 3, 4, 5], INDEX: [1, 2, 3, 4, 5],
    }));
    const d = byId(audit.dimensions, 'D');
    expect(d.complete).toBe(2);
    expect(d.pca).toBeNull();
    expect(d.flags).toEqual(['pcaUndefined']);
  });

  it('dominant needs the other indicators to be weak: two strong indicators are not dominant', () => {
    const audit = auditIndex(synthetic({ D: ['x', 'y'] }, {
      x: [1, 2, 3, 4, 5], y: [1, 2, 3, 5, 4], D: [1, 2, 3, 4.5, 4.5], INDEX: [1, 2, 3, 4, 5],
    }));
    expect(audit.indicators.every((i) => i.withDimension! >= AUDIT_RULES.dominantFrom)).toBe(true);
    expect(audit.indicators.flatMap((i) => i.flags)).toEqual([]);
  });

  it('in a nested framework an indicator has its parent and its top-level dimension; alpha uses every indicator below', () => {
    const audit = auditIndex(synthetic({ T: ['S', 'w'], S: ['x', 'y'] }, {
      x: [1, 2, 3, 4], y: [1, 3, 2, 4], w: [4, 3, 2, 1], S: [1, 2.5, 2.5, 4], T: [2.5, 2.75, 2.25, 2.5], INDEX: [2.5, 2.75, 2.25, 2.5],
    }));
    const x = byId(audit.indicators, 'x');
    expect(x.dimension).toBe('S');
    expect(x.topDimension).toBe('T');
    expect(x.withDimension).toBeCloseTo(Math.sqrt(0.9), 14);
    expect(Object.keys(x.withDimensions)).toEqual(['T']);
    expect(audit.dimensions.map((d) => [d.id, d.depth, d.indicators])).toEqual([['T', 1, ['x', 'y', 'w']], ['S', 2, ['x', 'y']]]);
    expect(audit.matrix.ids).toEqual(['T', 'INDEX']);
    // w hangs directly under T: dw = (1.5, 0.5, −0.5, −1.5), dT = (0, 0.25, −0.25, 0): r = 0.25/√(5 · 0.125)
    expect(byId(audit.indicators, 'w').withDimension).toBeCloseTo(0.25 / Math.sqrt(5 * 0.125), 14);
    expect(byId(audit.indicators, 'w').topDimension).toBe('T');
  });

  it('includes unranked countries, takes the latest edition by default and refuses an unknown edition', () => {
    const result = synthetic({ D: ['x', 'y'] }, { x: [1, 2, 3, 4], y: [1, 3, 2, 4], D: [1, 2.5, 2.5, 4], INDEX: [1, 2.5, 2.5, 4] });
    expect(result.editions[0]!.countries.filter((c) => !c.ranked)).toHaveLength(2);
    expect(byId(auditIndex(result).indicators, 'x').n).toBe(4);
    expect(auditIndex(result, 2024).edition).toBe(2024);
    expect(() => auditIndex(result, 1999)).toThrow(/edition 1999 is not in the data \(editions: 2024\)/);
  });

  it('does not change its input', () => {
    const result = synthetic({ D: ['x', 'y'] }, { x: [1, 2, 3, 4], y: [1, 3, 2, 4], D: [1, 2.5, 2.5, 4], INDEX: [1, 2.5, 2.5, 4] });
    const before = JSON.stringify(result);
    auditIndex(result);
    expect(JSON.stringify(result)).toBe(before);
  });
});

describe('auditIndex on the shipped index (repository root)', () => {
  let audits: Audit[];
  beforeAll(async () => {
    const result = await indexOf(REPO_ROOT, null);
    audits = result.editions.map((e) => auditIndex(result, e.edition));
  });

  it('audits every edition without throwing, every correlation in [−1, 1] or null', () => {
    const inRange = (v: number | null) => v === null || (v >= -1 && v <= 1);
    for (const a of audits) {
      for (const i of a.indicators) {
        for (const v of [i.withDimension, i.withTopDimension, i.withIndex, i.loading, ...Object.values(i.withDimensions)]) {
          expect(inRange(v), `${a.edition} ${i.id}`).toBe(true);
        }
      }
      for (const row of a.matrix.r) for (const v of row) expect(inRange(v)).toBe(true);
      for (const d of a.dimensions) {
        expect(inRange(d.withIndex)).toBe(true);
        if (d.alpha !== null) expect(d.alpha).toBeLessThanOrEqual(1);
        if (d.pca) expect(d.pca.firstShare).toBeGreaterThan(0);
      }
    }
  });
});
