import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

/** Absolute path of tests/fixtures/<rel>. */
export const fixture = (rel: string): string => fileURLToPath(new URL(`../fixtures/${rel}`, import.meta.url));

/** The fixed date every test validates against, so "source date in the future" never drifts. */
export const TODAY = '2025-01-01';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the command line in-process with captured stdout/stderr (not terminals). */
export async function run(argv: string[], cwd = process.cwd()): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => { out += t; }, err: (t) => { err += t; }, outTty: false, errTty: false, cwd };
  const code = await main(argv, io);
  return { code, out, err };
}

/** Lines of a captured stream, without the final empty one. */
export const lines = (text: string): string[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/** True when text looks like a leaked exception: a stack frame or an `Error:` prefix. */
export const leaksStack = (text: string): boolean => /^\s+at /m.test(text) || /\b\w*Error:/.test(text);

/** Every file under dir (relative path → sha256 of its bytes). */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out[relative(dir, p).split('\\').join('/')] = createHash('sha256').update(await readFile(p)).digest('hex');
    }
  };
  await walk(dir);
  return out;
}

/** A fresh temp folder; remove it with `cleanup`. */
export const tempDir = (prefix = 'policy-index-test-'): Promise<string> => mkdtemp(join(tmpdir(), prefix));

/** A temp copy of a fixture project (e.g. `good/minimal`); returns its path. */
export async function tempCopy(rel: string): Promise<string> {
  const dir = await tempDir();
  await cp(fixture(rel), dir, { recursive: true });
  return dir;
}

export const cleanup = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });
