import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';
import { entryKind, outputText } from '../messages/output.js';
import { Manifest, MANIFEST_NAME, manifestNote } from '../schema/manifest.js';
import { OutputRefused } from './output-refused.js';

export { OutputRefused };

/** Where a command's output may not go, and whether the user said to replace a foreign folder. */
export interface OutputGuard {
  /** The data project: never replaced, nor any folder containing it, nor its indicators/ and countries/. */
  project?: string;
  /** The current folder: never replaced, nor any folder containing it. */
  cwd?: string;
  /** The user's home folder (default: os.homedir()). */
  home?: string;
  /** Replace a non-empty folder that policy-index did not make, or one holding files it did not write. */
  force?: boolean;
}


/**
 * Checks that `target` may be replaced whole by a new output folder, and throws OutputRefused
 * when not. Allowed: a path that does not exist, an empty folder, a folder whose every file is
 * listed in its policy-index manifest (or, from before manifests, a folder with the generator's
 * README), and with `force` any other folder. Refused always: anything that is not a folder (a
 * file, a device, a pipe), a symbolic link, the file-system root, a folder containing the home
 * folder, the current folder or the data project, and the project's own data folders.
 */
export async function checkOutputDir(target: string, guard: OutputGuard = {}): Promise<void> {
  const out = resolve(target);
  const refuse = (code: keyof typeof outputText, message: string): never => { throw new OutputRefused(code, message, out); };
  const stat = await lstat(out).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    return refuse('unreadable', outputText.unreadable(out, e.code ?? String(e)));
  });
  if (stat?.isSymbolicLink()) refuse('symlink', outputText.symlink(out));
  if (stat && !stat.isDirectory()) refuse('notFolder', outputText.notFolder(out, kindOf(stat)));

  const real = await realish(out);
  if (parse(real).root === real) refuse('root', outputText.root(out));
  const home = await realish(guard.home ?? homedir());
  if (within(home, real)) refuse('home', outputText.home(out));
  if (guard.project !== undefined) {
    const project = await realish(guard.project);
    if (within(project, real)) refuse('project', outputText.project(out, guard.project));
    for (const folder of ['indicators', 'countries']) {
      if (within(real, join(project, folder))) refuse('dataFolder', outputText.dataFolder(out, `${folder}/`));
    }
  }
  if (guard.cwd !== undefined && within(await realish(guard.cwd), real)) refuse('cwd', outputText.cwd(out));
  if (!stat) return;

  const files = await listFiles(out).catch((e: NodeJS.ErrnoException) => refuse('unreadable', outputText.unreadable(out, e.code ?? String(e))));
  if (files.length === 0) return;
  const manifest = await readManifest(out);
  if (manifest) {
    const listed = new Set([...manifest.files, MANIFEST_NAME]);
    const foreign = files.filter((f) => !listed.has(f));
    if (foreign.length > 0 && !guard.force) refuse('foreign', outputText.foreign(out, foreign, MANIFEST_NAME));
    return;
  }
  if (await isLegacyReport(out)) return;
  if (!guard.force) refuse('notOurs', outputText.notOurs(out, MANIFEST_NAME));
}

/** The manifest text for the files of a build (sorted, so the same build gives the same bytes). */
export function manifestText(files: readonly string[], cache?: ReadonlyMap<string, { key: string; sha256: string }>): string {
  const m: Manifest = { generator: 'policy-index', format: 1, note: manifestNote, files: [...files].sort() };
  if (cache && cache.size > 0) m.cache = Object.fromEntries([...cache].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(m, null, 2)}\n`;
}

/** Whether `inner` is `outer` or lies inside it (both absolute, resolved). */
const within = (inner: string, outer: string): boolean => {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
};

/** The real path of `path`, following links in the part that exists; the rest appended as is. */
async function realish(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(await realish(parent), basename(abs));
  }
}

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isFile()) return entryKind.file;
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return entryKind.device;
  if (stat.isFIFO()) return entryKind.fifo;
  if (stat.isSocket()) return entryKind.socket;
  return entryKind.other;
}

/** Every entry under `dir` that is not a folder (files, links, devices), relative with `/`; links are not followed. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, prefix: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const rel = prefix + e.name;
      if (e.isDirectory()) await walk(join(d, e.name), `${rel}/`);
      else out.push(rel);
    }
  };
  await walk(dir, '');
  return out.sort();
}

export async function readManifest(dir: string): Promise<Manifest | null> {
  const path = join(dir, MANIFEST_NAME);
  try {
    if (!(await lstat(path)).isFile()) return null;
    const parsed = Manifest.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A report written before manifests existed: its README says policy-index generated it. */
async function isLegacyReport(dir: string): Promise<boolean> {
  try {
    const path = join(dir, 'README.md');
    if (!(await lstat(path)).isFile()) return false;
    const text = await readFile(path, 'utf8');
    return text.startsWith('# Generated report\n') && text.includes('policy-index');
  } catch {
    return false;
  }
}
