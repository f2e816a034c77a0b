import { Worker } from 'node:worker_threads';
import { sibling, startWorker } from '../threads.js';
import { renderCountries } from './country-render.js';
import type { ScorecardJob } from './languages-plan.js';
import type { ReportFile } from './plan/types.js';

export { defaultThreads } from '../threads.js';

/**
 * Renders jobs on `threads` worker threads (1 = in this thread), yielding each job's files in job
 * order as soon as it and every earlier job are done. The bytes do not depend on the number of
 * threads: each job's files are a pure function of the job.
 */
export async function* renderJobs(jobs: ScorecardJob[], threads: number): AsyncGenerator<ReportFile[]> {
  if (threads <= 1 || jobs.length <= 1) {
    for (const job of jobs) yield renderCountries(job);
    return;
  }
  const entry = sibling(import.meta.url, 'render-worker');
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => startWorker(entry));
  const results = new Map<number, { files?: ReportFile[]; error?: string }>();
  let wake: (() => void) | null = null;
  let next = 0;
  const feed = (w: Worker) => {
    if (next < jobs.length) w.postMessage({ ...jobs[next], id: next++ });
  };
  try {
    for (const w of workers) {
      w.on('message', (m: { id: number; files?: ReportFile[]; error?: string }) => {
        results.set(m.id, m);
        feed(w);
        wake?.();
      });
      w.on('error', (e) => { results.set(-1, { error: e.message }); wake?.(); });
      feed(w);
    }
    for (let k = 0; k < jobs.length; k++) {
      while (!results.has(k) && !results.has(-1)) await new Promise<void>((r) => { wake = r; });
      const failed = results.get(-1) ?? (results.get(k)!.error ? results.get(k) : undefined);
      if (failed) throw new Error(`rendering failed: ${failed.error}`);
      const files = results.get(k)!.files!.map((f) => ('reuse' in f || typeof f.content === 'string' ? f : { ...f, content: Buffer.from(f.content) }));
      results.delete(k);
      yield files;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
