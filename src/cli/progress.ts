import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';
import { cliText } from '../messages/cli.js';
import type { Io } from './io.js';

/**
 * cli-progress, loaded only when a bar is drawn (10-20 ms to load: `validate`, which a bar seldom
 * needs, should not pay it on every run). The bundle of the light commands defines
 * import.meta.url as its own file's (scripts/bundle-cli.mjs), so this works there too.
 */
let loaded: typeof cliProgressModule | undefined;
const cliProgress = () => (loaded ??= createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule);

export interface Progress {
  /** `done` of `total` steps, the last one being `what` (a chart, a country, a run). */
  update: (done: number, total: number, what: string) => void;
  /** Clears the bar (when it was shown). Call it once the work ends, on success or failure. */
  end: () => void;
}

/** Work that ends within this time never shows a bar. */
export const SHOW_AFTER_MS = 1000;

const silent: Progress = { update: () => {}, end: () => {} };

/**
 * A progress bar on stderr (cli-progress), for work that may run longer than a second: drawn
 * only on a terminal and only once the work has run for SHOW_AFTER_MS, so quick runs, pipes, CI
 * logs and `--quiet` stay silent. The bar is cleared when the work ends. `label` names the
 * work ("report", "sensitivity"); `now` is the clock (for tests).
 */
export function progressBar(io: Io, enabled: boolean, label: string, now: () => number = Date.now): Progress {
  if (!enabled || !io.errTty) return silent;
  const started = now();
  // cli-progress writes through this: io.err is the terminal, and its width is the terminal's
  const stream = { isTTY: true, columns: io.errColumns ?? 80, write: (text: string) => (io.err(text), true) };
  let bar: cliProgressModule.SingleBar | null = null;
  return {
    update: (done, total, what) => {
      const payload = { what: what.length > 32 ? `${what.slice(0, 31)}…` : what };
      if (bar) {
        if (bar.getTotal() !== total) bar.setTotal(total);
        bar.update(done, payload);
        return;
      }
      if (done >= total || now() - started < SHOW_AFTER_MS) return;
      const { SingleBar, Presets } = cliProgress();
      bar = new SingleBar({
        stream: stream as unknown as NodeJS.WritableStream,
        format: cliText.progressFormat(label),
        barsize: 24,
        clearOnComplete: true,
        hideCursor: false,
        linewrap: false,
        fps: 8,
        etaBuffer: 16,
        autopadding: true,
      }, Presets.shades_classic);
      bar.start(total, done, payload);
    },
    end: () => {
      bar?.stop();
      bar = null;
    },
  };
}
