import { parentPort } from 'node:worker_threads';
import { renderCountries } from './country-render.js';
import type { ScorecardJob } from './languages-plan.js';

/** Worker thread: renders the countries of each job it is sent and posts the files back. */
parentPort?.on('message', (job: ScorecardJob & { id: number }) => {
  try {
    const files = renderCountries(job);
    const buffers = files.map((f) => f.content).filter((c): c is Uint8Array => typeof c !== 'string').map((c) => c.buffer as ArrayBuffer);
    parentPort!.postMessage({ id: job.id, files }, [...new Set(buffers)]);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message });
  }
});
