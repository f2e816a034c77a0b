import { hostname } from 'node:os';
import { open, readFile, rm } from 'node:fs/promises';
import { OutputRefused } from './output-refused.js';
import { outputText } from '../messages/output.js';

/**
 * Takes the lock file `lock` (created exclusively, holding this process's id) for writing
 * `target`, and returns its release. A lock left by a process that no longer runs on this
 * machine is stale and taken over; a live one makes this throw OutputRefused ('busy').
 */
export async function takeLock(lock: string, target: string): Promise<() => Promise<void>> {
  const me = `${process.pid} ${hostname()}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const h = await open(lock, 'wx');
      try {
        await h.writeFile(me);
      } finally {
        await h.close();
      }
      return async () => {
        // release only our own lock
        if ((await readFile(lock, 'utf8').catch(() => '')) === me) await rm(lock, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = await readFile(lock, 'utf8').catch(() => '');
    const [pidText, host] = holder.trim().split(' ');
    const pid = Number(pidText);
    if (Number.isInteger(pid) && pid > 0 && (host !== hostname() || alive(pid))) {
      throw new OutputRefused('busy', outputText.busy(target, pid, lock), target);
    }
    if (holder === '' && attempt < 2) {
      // another build is between creating the lock and writing its id: look again
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    // stale: its process is gone
    await rm(lock, { force: true });
  }
  throw new OutputRefused('busy', outputText.busy(target, 0, lock), target);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
