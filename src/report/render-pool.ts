import { Worker } from 'node:worker_threads';
import { sibling, startWorker } from '../threads.js';
import { renderCountriesInTurns } from './country-render.js';
import type { ScorecardJob } from './languages-plan.js';
import type { ReportFile } from './plan/types.js';

export { defaultThreads } from '../threads.js';

/**
 * Scorecard jobs rendering on worker threads, handed back in job order. `take` returns the next
 * job's files if they are ready (without waiting), so the main thread can write them between its
 * own charts; `next` waits for them. At most `ahead` jobs are rendered or being rendered beyond
 * the ones taken: finished files wait in memory only that far, however slow the taker (a report
 * of 200 countries in four languages once queued every scorecard, gigabytes, while the main
 * thread drew its charts). The bytes do not depend on the number of threads: each job's files
 * are a pure function of the job.
 */
export interface Rendering {
  /** Jobs sent to a thread so far, and of those, finished but not yet taken. */
  readonly sent: number;
  readonly ready: number;
  take(): ReportFile[] | undefined;
  next(): Promise<ReportFile[] | undefined>;
  close(): Promise<void>;
}

/**
 * Starts rendering the countries of each batch, with everything else from `base`, on `threads`
 * worker threads (1 = in this thread, when asked). Each worker is sent `base` once.
 */
export function renderJobs(base: ScorecardJob, batches: string[][], threads: number, ahead = 4 * threads): Rendering {
  const jobs = batches.map((only) => ({ ...base, only }));
  if (threads <= 1 || jobs.length <= 1) return inThisThread(jobs);
  const entry = sibling(import.meta.url, 'render-worker');
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => startWorker(entry));
  for (const w of workers) w.postMessage({ base });
  const idle: Worker[] = [];
  const results = new Map<number, { files?: ReportFile[]; error?: string }>();
  let failure: string | undefined;
  let wake: (() => void) | null = null;
  let sent = 0;
  let taken = 0;
  const feed = () => {
    while (idle.length > 0 && sent < jobs.length && sent - taken < Math.max(1, ahead)) idle.pop()!.postMessage({ id: sent, only: batches[sent++] });
  };
  for (const w of workers) {
    w.on('message', (m: { id: number; files?: ReportFile[]; error?: string }) => {
      results.set(m.id, m);
      idle.push(w);
      feed();
      wake?.();
    });
    w.on('error', (e) => { failure ??= e.message; wake?.(); });
    idle.push(w);
  }
  feed();
  const take = (): ReportFile[] | undefined => {
    const r = results.get(taken);
    if (failure !== undefined || r?.error !== undefined) throw new Error(`rendering failed: ${failure ?? r!.error}`);
    if (!r) return undefined;
    results.delete(taken++);
    feed();
    return r.files!.map((f) => ('reuse' in f || typeof f.content === 'string' ? f : { ...f, content: Buffer.from(f.content) }));
  };
  return {
    get sent() { return sent; },
    get ready() { return results.size; },
    take,
    async next() {
      if (taken >= jobs.length) return undefined;
      for (;;) {
        const files = take();
        if (files) return files;
        await new Promise<void>((r) => { wake = r; });
      }
    },
    close: async () => { await Promise.all(workers.map((w) => w.terminate())); },
  };
}

/** One thread: each job renders when it is asked for. */
function inThisThread(jobs: ScorecardJob[]): Rendering {
  let k = 0;
  return {
    get sent() { return k; },
    ready: 0,
    take: () => undefined,
    next: async () => (k < jobs.length ? renderCountriesInTurns(jobs[k++]!) : undefined),
    close: async () => {},
  };
}
