import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes several files as one change, as far as a file system allows: every content first goes
 * to a temporary file beside its target and is flushed; only when all are written (so a full
 * disk or a read-only folder stops the change before any target is touched) does `prepare` run
 * (e.g. backups), then each temporary file is renamed over its target, in the order given. Put
 * the file that names the others last (countries.csv), so that a crash between renames never
 * leaves it naming a file that was not written. On any failure before the renames, every
 * temporary file is removed and the error is thrown.
 */
export async function writeFilesAside(files: readonly { path: string; content: string }[], prepare: () => Promise<void> = async () => {}): Promise<void> {
  const temps: string[] = [];
  try {
    for (const f of files) {
      const tmp = join(dirname(f.path), `.${basename(f.path)}.${randomBytes(6).toString('hex')}.tmp`);
      temps.push(tmp);
      const handle = await open(tmp, 'wx');
      try {
        await handle.writeFile(f.content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await prepare();
  } catch (e) {
    for (const t of temps) await rm(t, { force: true });
    // name the file the user knows, not its temporary twin
    const err = e as NodeJS.ErrnoException;
    const k = temps.indexOf(err.path ?? '');
    if (k >= 0) err.path = files[k]!.path;
    throw e;
  }
  for (const [k, f] of files.entries()) await rename(temps[k]!, f.path);
}
