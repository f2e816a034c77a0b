import type { Io } from './io.js';

/** A one-line progress bar on stderr, drawn only on a terminal; silent when piped. */
export function progressBar(io: Io, enabled: boolean): { update: (done: number, total: number, what: string) => void; end: () => void } {
  if (!enabled || !io.errTty) return { update: () => {}, end: () => {} };
  let last = 0;
  return {
    update: (done, total, what) => {
      const now = Date.now();
      if (done < total && now - last < 80) return;
      last = now;
      const width = 28;
      const filled = Math.round((done / Math.max(1, total)) * width);
      io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${what.slice(0, 40).padEnd(40)}`);
    },
    end: () => io.err('\r\u001b[K'),
  };
}
