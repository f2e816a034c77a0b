import { parentPort } from 'node:worker_threads';
import { renderCountriesInTurns } from './country-render.js';
import type { ScorecardJob } from './languages-plan.js';

/**
 * Worker thread: is sent what every job shares once ({ base }), then renders the countries of
 * each job it is sent ({ id, only }) and posts the files back.
 */
let base: ScorecardJob | undefined;
parentPort?.on('message', async (m: { base: ScorecardJob } | { id: number; only: string[] }) => {
  if ('base' in m) return void (base = m.base);
  try {
    const files = await renderCountriesInTurns({ ...base!, only: m.only });
    const buffers = files.flatMap((f) => ('content' in f && typeof f.content !== 'string' ? [f.content.buffer as ArrayBuffer] : []));
    parentPort!.postMessage({ id: m.id, files }, [...new Set(buffers)]);
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: (e as Error).message });
  }
});
