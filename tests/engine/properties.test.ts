import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/build-index.js';
import type { IndexResult } from '../../src/engine/types.js';
import type { Answer, Dataset } from '../../src/schema/dataset.js';
import type { Indicator } from '../../src/schema/indicator.js';
import { answer, code, dataset, dim, ind, scale } from './make.js';

/*
 * Properties of buildIndex on generated datasets: 1–3 dimensions of 1–3 indicators (categorical
 * on one of four scales with integer scores, or numeric with a random direction), integer weights
 * 1–4, 1–5 countries, one or two editions, and cells that are answered, blank, `na` or absent,
 * categorical answers with scope full or partial.
 */

const SCALES = {
  s2: scale('s2', [20, 80]),
  s3: scale('s3', [0, 50, 100]),
  s4: scale('s4', [0, 40, 70, 100]),
  s5: scale('s5', [0, 25, 50, 75, 100]),
};
type ScaleId = keyof typeof SCALES;
const ISO3 = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'];
const AGGREGATORS = ['arithmetic', 'geometric', 'harmonic'] as const;
type AggregatorName = (typeof AGGREGATORS)[number];

const cellArb = fc.record({
  kind: fc.constantFrom('answer', 'answer', 'answer', 'answer', 'missing', 'na', 'absent'),
  k: fc.nat(4),
  scope: fc.constantFrom('full' as const, 'partial' as const),
  value: fc.integer({ min: 0, max: 1000 }),
});

const specArb = (categoricalOnly: boolean) => fc.record({
  dims: fc.array(fc.record({
    weight: fc.integer({ min: 1, max: 4 }),
    inds: fc.array(fc.record({
      numeric: categoricalOnly ? fc.constant(false) : fc.boolean(),
      scale: fc.constantFrom<ScaleId>('s2', 's3', 's4', 's5'),
      lowerIsBetter: fc.boolean(),
      weight: fc.integer({ min: 1, max: 4 }),
    }), { minLength: 1, maxLength: 3 }),
  }), { minLength: 1, maxLength: 3 }),
  nCountries: fc.integer({ min: 1, max: 5 }),
  editions: fc.constantFrom<number[]>([2020], [2020, 2024]),
  cells: fc.array(cellArb, { minLength: 5 * 9 * 2, maxLength: 5 * 9 * 2 }),
});
type Spec = ReturnType<typeof specArb> extends fc.Arbitrary<infer T> ? T : never;

function toDataset(spec: Spec, aggregator: AggregatorName = 'arithmetic', weightFactor = 1): Dataset {
  const dimensions = spec.dims.map((d, k) => dim(`D${k}`, null, d.weight * weightFactor));
  const indicators: Indicator[] = spec.dims.flatMap((d, k) => d.inds.map((i, j) => ind(`i${k}_${j}`, `D${k}`, i.numeric
    ? { type: 'numeric', direction: i.lowerIsBetter ? 'lower' : 'higher', weight: i.weight * weightFactor }
    : { type: 'categorical', scale: i.scale, weight: i.weight * weightFactor })));
  const scaleOf = new Map<string, ScaleId>(spec.dims.flatMap((d, k) => d.inds.map((i, j) => [`i${k}_${j}`, i.scale] as const)));
  const countries = ISO3.slice(0, spec.nCountries).map((iso3, k) => ({ iso3, region: k % 2 ? 'N' : 'S' }));
  const answers: Answer[] = [];
  let n = 0;
  for (const c of countries) {
    for (const edition of spec.editions) {
      for (const i of indicators) {
        const cell = spec.cells[n++ % spec.cells.length]!;
        if (cell.kind === 'absent') continue;
        if (cell.kind === 'missing' || cell.kind === 'na') {
          answers.push(answer(c.iso3, i.id, edition, { kind: cell.kind }));
        } else if (i.type === 'numeric') {
          answers.push(answer(c.iso3, i.id, edition, { kind: 'number', value: cell.value }));
        } else {
          const options = SCALES[scaleOf.get(i.id)!];
          answers.push(answer(c.iso3, i.id, edition, code(options, cell.k % options.length), cell.scope));
        }
      }
    }
  }
  return dataset({ dimensions, indicators, scales: SCALES, countries, answers, methodology: { aggregate: { default: { method: aggregator } } } });
}

/** A seeded Fisher–Yates shuffle (the seed comes from fast-check, so failures replay). */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** edition → iso3 → the country's scores, ranks, ranked flag and coverage. */
function byCountry(result: IndexResult) {
  return Object.fromEntries(result.editions.map((e) => [e.edition, Object.fromEntries(e.countries.map((c) => [c.iso3, c]))]));
}

function expectSameScores(a: IndexResult, b: IndexResult, tolerance: number, ranksToo: boolean): void {
  const A = byCountry(a);
  const B = byCountry(b);
  expect(Object.keys(B)).toEqual(Object.keys(A));
  for (const [edition, countries] of Object.entries(A)) {
    for (const [iso3, c] of Object.entries(countries)) {
      const d = B[edition]![iso3]!;
      expect(Object.keys(d.scores).sort()).toEqual(Object.keys(c.scores).sort());
      for (const [node, v] of Object.entries(c.scores)) {
        const w = d.scores[node] ?? null;
        if (v === null || w === null) expect(w, `${edition} ${iso3} ${node}`).toBe(v);
        else expect(Math.abs(v - w), `${edition} ${iso3} ${node}`).toBeLessThanOrEqual(tolerance);
      }
      if (ranksToo) {
        expect(d.ranks, `${edition} ${iso3} ranks`).toEqual(c.ranks);
        expect(d.ranked).toBe(c.ranked);
      }
      expect(d.coverage).toEqual(c.coverage);
    }
  }
}

const RUNS = { numRuns: 100 };

describe('properties of buildIndex on generated datasets', () => {
  it('every score stays in [0, 100] for categorical answers and min-max numerics under arithmetic, geometric and harmonic means', () => {
    // 1e-9 of slack for floating-point rounding in the power means
    fc.assert(fc.property(specArb(false), fc.constantFrom(...AGGREGATORS), (spec, aggregator) => {
      for (const e of buildIndex(toDataset(spec, aggregator)).editions) {
        for (const c of e.countries) {
          for (const v of Object.values(c.scores)) {
            if (v !== null) {
              expect(v).toBeGreaterThanOrEqual(-1e-9);
              expect(v).toBeLessThanOrEqual(100 + 1e-9);
            }
          }
        }
      }
    }), RUNS);
  });

  it('the order of countries, indicator rows and answer rows never changes any country\'s scores or ranks (categorical: exactly)', () => {
    fc.assert(fc.property(specArb(true), fc.integer(), (spec, seed) => {
      const ds = toDataset(spec);
      const reordered: Dataset = {
        ...ds,
        countries: shuffled(ds.countries, seed),
        indicators: shuffled(ds.indicators, seed + 1),
        answers: shuffled(ds.answers, seed + 2),
      };
      expectSameScores(buildIndex(ds), buildIndex(reordered), 0, true);
    }), RUNS);
  });

  it('the order of countries, indicator rows and answer rows never changes scores with numeric indicators (within 1e-9)', () => {
    fc.assert(fc.property(specArb(false), fc.integer(), (spec, seed) => {
      const ds = toDataset(spec);
      const reordered: Dataset = {
        ...ds,
        countries: shuffled(ds.countries, seed),
        indicators: shuffled(ds.indicators, seed + 1),
        answers: shuffled(ds.answers, seed + 2),
      };
      expectSameScores(buildIndex(ds), buildIndex(reordered), 1e-9, false);
    }), RUNS);
  });

  it('doubling every weight (indicators and dimensions) changes no score (within 1e-9) and no rank', () => {
    fc.assert(fc.property(specArb(false), fc.constantFrom(...AGGREGATORS), (spec, aggregator) => {
      expectSameScores(buildIndex(toDataset(spec, aggregator)), buildIndex(toDataset(spec, aggregator, 2)), 1e-9, true);
    }), RUNS);
  });

  it('improving one categorical answer to a higher-scoring option never lowers that country\'s arithmetic index score', () => {
    fc.assert(fc.property(specArb(false), fc.nat(), fc.nat(), (spec, pick, step) => {
      const ds = toDataset(spec);
      const candidates = ds.answers
        .map((a, k) => ({ a, k }))
        .filter(({ a }) => a.value.kind === 'code' && a.value.score < SCALES[ds.indicators.find((i) => i.id === a.indicator)!.scale as ScaleId].at(-1)!.score);
      fc.pre(candidates.length > 0);
      const { a, k } = candidates[pick % candidates.length]!;
      const options = SCALES[ds.indicators.find((i) => i.id === a.indicator)!.scale as ScaleId];
      const current = options.findIndex((o) => o.code === (a.value as { code: string }).code);
      const better = current + 1 + (step % (options.length - 1 - current));
      const improved: Dataset = { ...ds, answers: ds.answers.map((x, j) => (j === k ? { ...x, value: code(options, better) } : x)) };
      const score = (r: IndexResult) => r.editions.find((e) => e.edition === a.edition)!.countries.find((c) => c.iso3 === a.country)!.scores.INDEX ?? null;
      const before = score(buildIndex(ds));
      const after = score(buildIndex(improved));
      if (before !== null) {
        expect(after).not.toBeNull();
        expect(after!).toBeGreaterThanOrEqual(before - 1e-9);
      }
    }), RUNS);
  });
});
