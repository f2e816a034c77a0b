import { parentPort } from 'node:worker_threads';
import { renderCountries } from './country-render.js';
import type { ScorecardJob } from './languages-plan.js';

/** Worker thread: renders the countries of each job it is sent and posts the files back. */
parentPort?.on('message', (job: ScorecardJob & { id: number }) => {
  try {
    const files = renderCountries(job);
    const buffers = files.flatMap((f) => ('content' in f && typeof f.content !== 'string' ? [f.content.buffer as ArrayBuffer] : []));
    parentPort!.postMessage({ id: job.id, files }, [...new Set(buffers)]);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message });
  }
});
