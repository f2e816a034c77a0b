import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/project.js';
import { renderCountries } from '../../src/report/country-render.js';
import type { ScorecardJob } from '../../src/report/languages-plan.js';
import type { ReportFile } from '../../src/report/plan/types.js';
import { renderJobs } from '../../src/report/render-pool.js';

const FIXTURE = new URL('../fixtures/good/minimal/', import.meta.url).pathname;

const bytes = (files: ReportFile[]) => files.map((f) => [f.path, 'content' in f ? Buffer.from(f.content).toString('base64') : 'reuse']).sort(([a], [b]) => (a! < b! ? -1 : 1));

describe('scorecards rendered on worker threads', () => {
  it('renders no further ahead of the taker than asked, hands jobs back in order, and gives the bytes one thread gives', async () => {
    const { dataset } = await loadProject(FIXTURE, { today: '2026-11-29' });
    const base: ScorecardJob = { dataset: dataset!, languages: ['en', 'fr'], translations: {}, pngScale: 1 };
    const batches = dataset!.countries.map((c) => [c.iso3]);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    const rendering = renderJobs(base, batches, 2, 1);
    try {
      // two threads are idle, but only one job may be ahead of what is taken
      expect(rendering.sent).toBe(1);
      while (rendering.ready < 1) await new Promise((r) => setTimeout(r, 20));
      expect(rendering.sent).toBe(1);
      const got: ReportFile[][] = [rendering.take()!];
      expect(rendering.sent).toBe(2);
      for (let files = await rendering.next(); files; files = await rendering.next()) got.push(files);
      expect(rendering.sent).toBe(batches.length);
      expect(got.map(bytes)).toEqual(batches.map((only) => bytes(renderCountries({ ...base, only }))));
    } finally {
      await rendering.close();
    }
  }, 120_000);
});
