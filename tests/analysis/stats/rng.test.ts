import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/analysis/stats/rng.js';

const draw = (n: number, f: () => number) => Array.from({ length: n }, f);

describe('createRng (sfc32)', () => {
  it('createRng(seed, stream) gives the values of the independent python implementation in tests/reference/rng_reference.py', () => {
    const cases: [number, number, number[]][] = [
      [42, 0, [203132144, 2964458552, 4171691552, 3624860223, 3387931767]],
      [42, 1, [1222082171, 2983991696, 4227723163, 3768756715, 1638414522]],
      [0, 0, [1456452092, 3098865820, 3938041297, 3237536048, 2256123594]],
      [2 ** 40 + 7, 3, [4163352407, 4005230282, 1937445130, 781233587, 1313666865]],
    ];
    for (const [seed, stream, expected] of cases) {
      const g = createRng(seed, stream);
      expect(draw(5, g.uint32)).toEqual(expected);
    }
    const g = createRng(42);
    expect(draw(3, g.next)).toEqual([0.04729538925153598, 0.9712976354657004, 0.788814335106298]);
  });

  it('stream i gives the same numbers whatever the number of workers and order of drawing', () => {
    const streams = 8;
    const oneWorker = Array.from({ length: streams }, (_, i) => draw(20, createRng(7, i).next));
    // three workers take streams round-robin, in reverse order, interleaving their draws
    const workers = [0, 1, 2].map((w) => Array.from({ length: streams }, (_, i) => i).filter((i) => i % 3 === w).reverse());
    const got: number[][] = [];
    for (const mine of workers) {
      const gens = mine.map((i) => ({ i, g: createRng(7, i), out: [] as number[] }));
      for (let t = 0; t < 20; t++) for (const s of gens) s.out.push(s.g.next());
      for (const s of gens) got[s.i] = s.out;
    }
    expect(got).toEqual(oneWorker);
  });

  it('different streams and different seeds give different sequences', () => {
    const seqs = [createRng(1, 0), createRng(1, 1), createRng(2, 0), createRng(0, 1)].map((g) => draw(4, g.uint32).join());
    expect(new Set(seqs).size).toBe(4);
  });

  it('sub-streams are reproducible and next() lies in [0, 1) (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 10_000 }), (seed, stream) => {
        const a = draw(10, createRng(seed, stream).next);
        expect(draw(10, createRng(seed, stream).next)).toEqual(a);
        for (const x of a) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it('next() is uniform enough: mean of 100,000 draws within 0.005 of 1/2 (sd of the mean ≈ 0.0009)', () => {
    const g = createRng(2024);
    let s = 0;
    for (let i = 0; i < 100_000; i++) s += g.next();
    expect(Math.abs(s / 100_000 - 0.5)).toBeLessThan(0.005);
  });

  it('int(6) gives each face 0…5 about equally: chi-square of 60,000 rolls below 20.5 (p = 0.001, 5 df)', () => {
    const g = createRng(99);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[g.int(6)]! += 1;
    const chi2 = counts.reduce((s, c) => s + (c - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(20.5);
  });

  it('int(n) returns an integer in 0 … n−1, including n = 1 and n = 2³² (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 2 ** 32 }), (seed, n) => {
        const g = createRng(seed);
        for (const k of [g.int(n), g.int(1), g.int(2 ** 32)]) expect(Number.isInteger(k)).toBe(true);
        const k = g.int(n);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThan(n);
      }),
    );
  });

  it('bad seeds, streams and ranges are rejected with the value quoted', () => {
    expect(() => createRng(-1)).toThrow(/seed = -1 is not a non-negative integer/);
    expect(() => createRng(1.5)).toThrow(RangeError);
    expect(() => createRng(1, -2)).toThrow(/stream = -2/);
    expect(() => createRng(1).int(0)).toThrow(/n = 0 is not an integer from 1 to 2\^32/);
    expect(() => createRng(1).int(2.5)).toThrow(RangeError);
  });

  it('no Math.random in src/analysis/stats: randomness is injected and seeded', () => {
    const dir = join(import.meta.dirname, '../../../src/analysis/stats');
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/Math\.random/);
  });
});
