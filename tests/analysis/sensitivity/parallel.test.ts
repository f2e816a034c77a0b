import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/project.js';
import { runSensitivityParallel } from '../../../src/analysis/sensitivity/parallel.js';
import { runSensitivity } from '../../../src/analysis/sensitivity/run.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

describe('runSensitivityParallel', () => {
  it('gives exactly the single-threaded result with 1, 2 and 3 workers (same seed, any number of workers)', async () => {
    const { dataset } = await loadProject(ROOT, { today: '2026-11-29' });
    const settings = { ...dataset!.methodology.sensitivity, runs: 700, seed: 11 };
    const single = runSensitivity(dataset!, settings);
    for (const workers of [1, 2, 3]) {
      expect(await runSensitivityParallel(dataset!, settings, {}, workers), `${workers} workers`).toEqual(single);
    }
  }, 60_000);

  it('gives the same result when run in slices for a progress bar, reporting every slice up to the last run', async () => {
    const { dataset } = await loadProject(ROOT, { today: '2026-11-29' });
    const settings = { ...dataset!.methodology.sensitivity, runs: 700, seed: 11 };
    const single = runSensitivity(dataset!, settings);
    const seen: [number, number][] = [];
    expect(runSensitivity(dataset!, settings, {}, (done, total) => seen.push([done, total]))).toEqual(single);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
    expect(seen.every(([d], k) => k === 0 || d > seen[k - 1]![0])).toBe(true);
  }, 60_000);
});
