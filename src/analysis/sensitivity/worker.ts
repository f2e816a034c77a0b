import { parentPort } from 'node:worker_threads';
import type { Dataset } from '../../schema/dataset.js';
import type { SensitivitySettings } from '../../schema/methodology.js';
import { evaluateRows, planSensitivity, type SensitivityOptions } from './run.js';

/**
 * Worker thread: plans the same analysis (the plan is a pure function of its inputs) and
 * evaluates rows [from, to) into the shared rank store.
 */
parentPort?.on('message', (m: { dataset: Dataset; settings: SensitivitySettings; options: SensitivityOptions; from: number; to: number; shared: SharedArrayBuffer; wide: boolean }) => {
  try {
    const plan = planSensitivity(m.dataset, m.settings, m.options);
    const ranks = m.wide ? new Int32Array(m.shared) : new Uint16Array(m.shared);
    const computed = evaluateRows(plan, ranks, m.from, m.to);
    parentPort!.postMessage({ computed });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message });
  }
});
