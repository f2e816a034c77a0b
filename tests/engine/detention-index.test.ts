import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/build-index.js';
import type { IndexResult } from '../../src/engine/types.js';
import { loadProject } from '../../src/project.js';
import type { Problem } from '../../src/problems/problem.js';

/*
 * The shipped detention index (the repository root is a data project). Its answers are still being
 * written, so only structural facts are asserted here: no hard-coded scores.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
let problems: Problem[];
let result: IndexResult | null = null;

beforeAll(async () => {
  const loaded = await loadProject(root);
  problems = loaded.problems;
  if (loaded.dataset) result = buildIndex(loaded.dataset);
});

describe('the shipped detention index', () => {
  it('loadProject(repository root) finds no errors', () => {
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line ?? ''} ${p.message}`);
    expect(errors).toEqual([]);
    expect(result).not.toBeNull();
  });

  it('has the two editions 2018 and 2024, each listing every country', () => {
    expect(result!.editions.map((e) => e.edition)).toEqual([2018, 2024]);
    expect(result!.editions[1]!.previous).toBe(2018);
    const n = result!.editions[0]!.countries.length;
    expect(n).toBeGreaterThan(1);
    expect(result!.editions[1]!.countries.length).toBe(n);
  });

  for (const year of [2018, 2024]) {
    it(`${year}: ranks countries with integer competition ranks (1 + number of ranked countries scoring strictly higher)`, () => {
      const e = result!.editions.find((x) => x.edition === year)!;
      const ranked = e.countries.filter((c) => c.ranked);
      expect(ranked.length).toBeGreaterThan(1);
      const scores = ranked.map((c) => c.scores.INDEX!);
      for (const c of e.countries) {
        const r = c.ranks.INDEX;
        if (!c.ranked) {
          expect(r, c.iso3).toBeNull();
          continue;
        }
        expect(Number.isInteger(r), c.iso3).toBe(true);
        expect(r).toBe(1 + scores.filter((s) => s > c.scores.INDEX!).length);
      }
      expect(Math.min(...ranked.map((c) => c.ranks.INDEX!))).toBe(1);
    });

    it(`${year}: every index score is within [0, 100], ranked scores have a band and unranked ones none (issue 16), and ranked countries are listed first in rank order`, () => {
      const e = result!.editions.find((x) => x.edition === year)!;
      for (const c of e.countries) {
        const s = c.scores.INDEX;
        if (s === null || s === undefined) continue;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
        if (c.ranked) expect(c.band, c.iso3).not.toBeNull();
        else expect(c.band, c.iso3).toBeNull();
      }
      const ranks = e.countries.filter((c) => c.ranked).map((c) => c.ranks.INDEX!);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const firstUnranked = e.countries.findIndex((c) => !c.ranked);
      if (firstUnranked >= 0) expect(e.countries.slice(firstUnranked).every((c) => !c.ranked)).toBe(true);
    });
  }

  it('effective weights of the indicators sum to 1', () => {
    const w = Object.values(result!.editions[0]!.effectiveWeights);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
