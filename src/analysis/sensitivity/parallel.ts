import type { Dataset } from '../../schema/dataset.js';
import type { SensitivitySettings } from '../../schema/methodology.js';
import { sibling, startWorker } from '../../threads.js';
import { evaluateRows, planSensitivity, summarise, type SensitivityOptions, type SensitivityResult } from './run.js';

/**
 * runSensitivity on `workers` threads: the evaluations are split into contiguous ranges, each
 * worker plans the same analysis and writes its ranks into one shared store, then this thread
 * summarises. Every evaluation depends on its own design row alone (and its weight noise on a
 * stream derived from the seed and the row), so the result is identical to the single-threaded
 * one whatever the number of workers; a test checks this.
 */
export async function runSensitivityParallel(dataset: Dataset, settings: SensitivitySettings, options: SensitivityOptions = {}, workers = 2): Promise<SensitivityResult> {
  const plan = planSensitivity(dataset, settings, options);
  const E = plan.rows.length;
  const nC = plan.compiled.countries.length;
  const wide = nC >= 0xffff;
  const shared = new SharedArrayBuffer(E * nC * (wide ? 4 : 2));
  const ranks = wide ? new Int32Array(shared) : new Uint16Array(shared);
  const n = Math.max(1, Math.min(workers, E));
  if (n === 1) {
    evaluateRows(plan, ranks);
    return summarise(plan, ranks);
  }
  const entry = sibling(import.meta.url, 'worker');
  await Promise.all(Array.from({ length: n }, (_, w) => new Promise<void>((resolve, reject) => {
    const from = Math.floor((w * E) / n);
    const to = Math.floor(((w + 1) * E) / n);
    const worker = startWorker(entry);
    worker.once('message', (m: { error?: string }) => {
      void worker.terminate();
      if (m.error) reject(new Error(`sensitivity worker failed: ${m.error}`));
      else resolve();
    });
    worker.once('error', reject);
    worker.postMessage({ dataset, settings, options, from, to, shared, wide });
  })));
  return summarise(plan, ranks);
}
