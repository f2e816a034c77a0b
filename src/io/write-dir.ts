import { constants, copyFile, lstat, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { MANIFEST_NAME } from '../schema/manifest.js';
import { sha256 } from '../lib/sha256.js';
import { outputText } from '../messages/output.js';
import { checkOutputDir, manifestText, readManifest, type OutputGuard } from './output-guard.js';
import { OutputRefused } from './output-refused.js';
import { takeLock } from './lock.js';

/**
 * A file to write, at a path relative to the output folder. A `key` (the content address of what
 * the file was made from) is recorded in the manifest; `reuse` copies the previous folder's file
 * with that key instead (see `previous` below).
 */
export type DirFile = { path: string; content: string | Uint8Array; key?: string } | { path: string; key: string; reuse: true };

/** The previous folder's keyed files that are intact (their bytes still hash as recorded): path → key. */
export type Previous = ReadonlyMap<string, string>;
type Cached = { key: string; sha256: string };

export interface WriteDirOptions extends OutputGuard {
  /** Called after each file is written, with its relative path. */
  onFile?: (path: string, reused: boolean) => void;
  /** Offer the previous folder's intact keyed files for reuse (default true). */
  reuse?: boolean;
}

/**
 * Writes a whole folder atomically, replacing only what policy-index made. The target is first
 * checked (checkOutputDir: never a file, device, link, the project or a folder of the user's);
 * a lock file (`.<name>.lock`) keeps two builds apart. Every file goes into a new sibling folder
 * (`.<name>.building-<random>`), each opened exclusively so no link is followed, then the
 * manifest listing them; the folder is flushed and, after a second check of the target, swapped
 * in (old → `.<name>.old-<random>`, new → name, old removed). A build that fails or is killed
 * leaves the previous folder in place: the next build removes the leftovers, and puts back an
 * old folder that a kill between the two renames left aside. Paths must stay inside the folder.
 */
export async function writeDirAtomic(target: string, files: Files | ((previous: Previous) => Files), options: WriteDirOptions = {}): Promise<number> {
  const out = resolve(target);
  const parent = dirname(out);
  const name = basename(out);
  await checkOutputDir(out, options);
  await mkdir(parent, { recursive: true });
  const release = await takeLock(join(parent, `.${name}.lock`), out);
  try {
    await recover(parent, name);
    const previous = options.reuse === false || typeof files !== 'function' ? new Map<string, Cached>() : await intactCache(out);
    const source = typeof files === 'function' ? files(new Map([...previous].map(([p, c]) => [p, c.key]))) : files;
    const cache = new Map<string, Cached>();
    const building = join(parent, `.${name}.building-${randomBytes(4).toString('hex')}`);
    await mkdir(building);
    const written: string[] = [];
    // Files are written a few at a time (each is several system calls, mostly waiting); they are
    // announced (onFile) in the order the source gives them, and listed in the manifest sorted.
    const pending = new Set<Promise<void>>();
    const failure: { error?: unknown; failed: boolean } = { failed: false };
    let announced: Promise<void> = Promise.resolve();
    try {
      for await (const f of source) {
        if (failure.failed) break;
        const path = resolve(building, f.path);
        if (!path.startsWith(building + sep) || f.path === MANIFEST_NAME) throw new Error(`refusing to write outside the report folder: ${f.path}`);
        let old: Cached | undefined;
        if ('reuse' in f) {
          old = previous.get(f.path);
          if (old?.key !== f.key) throw new Error(`${f.path} was marked for reuse but the previous build has no intact file with its key`);
        }
        const write = old
          ? mkdir(dirname(path), { recursive: true }).then(() => copyFile(join(out, f.path), path, constants.COPYFILE_EXCL))
          : writeNew(path, (f as { content: string | Uint8Array }).content);
        if (old) cache.set(f.path, old);
        else if (f.key !== undefined) cache.set(f.path, { key: f.key, sha256: sha256((f as { content: string | Uint8Array }).content) });
        written.push(f.path);
        const task: Promise<void> = write.then(
          () => { pending.delete(task); },
          (error: unknown) => { pending.delete(task); if (!failure.failed) Object.assign(failure, { failed: true, error }); },
        );
        pending.add(task);
        const reused = old !== undefined;
        announced = Promise.all([announced, task]).then(() => { if (!failure.failed) options.onFile?.(f.path, reused); });
        if (pending.size >= PARALLEL_WRITES) await Promise.race(pending);
      }
      await Promise.all(pending);
      await announced;
      if (failure.failed) throw failure.error;
      await writeNew(join(building, MANIFEST_NAME), manifestText(written, cache));
      await syncDir(building);
      // the folder may have changed during the build (a file put in it, a link made): look again
      await checkOutputDir(out, options).catch((e: unknown) => {
        throw e instanceof OutputRefused ? e : new OutputRefused('changed', outputText.changed(out), out);
      });
    } catch (e) {
      await Promise.all(pending);
      await announced.catch(() => undefined);
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
    await syncDir(parent);
    if (hadOld) await rm(old, { recursive: true, force: true });
    return written.length;
  } finally {
    await release();
  }
}

/**
 * Puts back a folder that a build killed between the two renames of its swap left aside (see
 * recover), and clears what killed builds left beside it, under the lock; a live build holding
 * the lock is left alone. Commands call it before anything can fail, so a build that then fails
 * (bad data, say) still leaves the previous report where it was.
 */
export async function restoreInterrupted(target: string): Promise<void> {
  const out = resolve(target);
  const parent = dirname(out);
  const name = basename(out);
  const entries = await readdir(parent).catch(() => [] as string[]);
  if (!entries.some((e) => e.startsWith(`.${name}.old-`) || e.startsWith(`.${name}.building-`))) return;
  let release: () => Promise<void>;
  try {
    release = await takeLock(join(parent, `.${name}.lock`), out);
  } catch (e) {
    if (e instanceof OutputRefused) return; // a live build: it recovers under its own lock
    throw e;
  }
  try {
    await recover(parent, name);
  } finally {
    await release();
  }
}

type Files = AsyncIterable<DirFile> | Iterable<DirFile>;

/** How many files writeDirAtomic writes at once, and intactCache reads at once. */
const PARALLEL_WRITES = 16;

/**
 * The keyed files of the folder's manifest whose bytes still hash as recorded (a file edited or
 * replaced by hand since is not reused). Only regular files: links are never followed.
 */
async function intactCache(dir: string): Promise<Map<string, Cached>> {
  const manifest = await readManifest(dir);
  const root = resolve(dir) + sep;
  const entries = Object.entries(manifest?.cache ?? {}).filter(([path]) => resolve(dir, path).startsWith(root));
  const ok = new Array<boolean>(entries.length).fill(false);
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < entries.length; k = next++) {
      const [path, c] = entries[k]!;
      const full = resolve(dir, path);
      const st = await lstat(full).catch(() => null);
      if (st?.isFile()) ok[k] = sha256(await readFile(full)) === c.sha256;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, entries.length) }, worker));
  return new Map(entries.filter((_, k) => ok[k]));
}

async function writeNew(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
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

/**
 * Clears what killed builds left beside the target (under the lock, so no build is running):
 * `.<name>.building-*` folders are removed; when the target itself is missing because a build
 * was killed between its two renames, the newest `.<name>.old-*` folder is put back first.
 */
async function recover(parent: string, name: string): Promise<void> {
  const entries = await readdir(parent);
  const olds = entries.filter((e) => e.startsWith(`.${name}.old-`));
  const missing = await lstat(join(parent, name)).then(() => false, () => true);
  if (missing && olds.length > 0) {
    const dated = await Promise.all(olds.map(async (e) => ({ e, t: (await stat(join(parent, e))).mtimeMs })));
    const newest = dated.sort((a, b) => b.t - a.t || a.e.localeCompare(b.e))[0]!.e;
    await rename(join(parent, newest), join(parent, name));
  }
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(`.${name}.building-`) || entry.startsWith(`.${name}.old-`)) {
      await rm(join(parent, entry), { recursive: true, force: true });
    }
  }
}
