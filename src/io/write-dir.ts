import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep, basename } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A file to write, at a path relative to the output folder. */
export interface DirFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * Writes a whole folder atomically: every file goes into a new sibling folder
 * (`.<name>.building-<random>`), each flushed to disk, and only when all are written is the new
 * folder swapped in for the old (old → `.<name>.old-<random>`, new → name, old removed). A build
 * that fails or is killed part-way leaves the previous folder untouched (and at worst a stray
 * `.building` folder, removed by the next build). Paths must stay inside the folder.
 */
export async function writeDirAtomic(target: string, files: AsyncIterable<DirFile> | Iterable<DirFile>, onFile?: (path: string) => void): Promise<number> {
  const out = resolve(target);
  const parent = dirname(out);
  const name = basename(out);
  await mkdir(parent, { recursive: true });
  await removeStale(parent, name);
  const building = join(parent, `.${name}.building-${randomBytes(4).toString('hex')}`);
  await mkdir(building);
  let count = 0;
  try {
    for await (const f of files) {
      const path = resolve(building, f.path);
      if (!path.startsWith(building + sep)) throw new Error(`refusing to write outside the report folder: ${f.path}`);
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(f.content);
      } finally {
        await handle.close();
      }
      count++;
      onFile?.(f.path);
    }
    await syncDir(building);
  } catch (e) {
    await rm(building, { recursive: true, force: true });
    throw e;
  }
  const old = join(parent, `.${name}.old-${randomBytes(4).toString('hex')}`);
  let hadOld = true;
  try {
    await rename(out, old);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    hadOld = false;
  }
  await rename(building, out);
  if (hadOld) await rm(old, { recursive: true, force: true });
  return count;
}

async function syncDir(dir: string): Promise<void> {
  try {
    const h = await open(dir, 'r');
    await h.sync();
    await h.close();
  } catch {
    // not every platform can fsync a directory
  }
}

/** Removes leftovers of builds that were killed (`.<name>.building-*`, `.<name>.old-*`). */
async function removeStale(parent: string, name: string): Promise<void> {
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(`.${name}.building-`) || entry.startsWith(`.${name}.old-`)) {
      await rm(join(parent, entry), { recursive: true, force: true });
    }
  }
}

