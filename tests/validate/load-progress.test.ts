/** loadProject tells its progress (for the bar of validate, score, coverage, evidence, audit …). */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/project.js';

const SHIPPED = new URL('../..', import.meta.url).pathname;

async function steps(evidence: boolean) {
  const seen: [number, number, string][] = [];
  const r = await loadProject(SHIPPED, { today: '2026-12-05', evidence, progress: (done, total, what) => seen.push([done, total, what]) });
  return { seen, countries: r.dataset!.countries.length };
}

describe('loadProject progress', () => {
  it.each([[true, 3], [false, 2]])('evidence %s: every country file read, checked (and its evidence checked), in order, up to the total', async (evidence, phases) => {
    const { seen, countries } = await steps(evidence);
    const total = phases * countries;
    expect(seen.every(([, t]) => t === total)).toBe(true);
    expect(seen.map(([d]) => d)).toEqual(Array.from({ length: total }, (_, k) => k + 1));
    expect(seen.slice(0, countries).map(([, , what]) => what)).toContain('MEX.csv');
    expect(seen.at(-1)![2]).toBe('ZMB.csv');
  });
});
