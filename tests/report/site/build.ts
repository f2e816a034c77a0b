import { cp, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../../src/cli/main.js';
import type { Io } from '../../../src/cli/io.js';

export const FIXTURE = new URL('../../fixtures/good/minimal/', import.meta.url).pathname;

/** A fresh copy of the minimal project in a temp folder. */
export async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'policy-index-site-'));
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

export function captureIo(cwd: string): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => { stdout.push(t); }, err: (t) => { stderr.push(t); }, outTty: false, errTty: false, cwd, stdout, stderr };
}

/** Builds the report of `dir` into `dir/reports` (fast settings for tests); returns the exit code. */
export async function buildSite(dir: string, extra: string[] = []): Promise<{ code: number; stderr: string }> {
  const io = captureIo(dir);
  const code = await main(['report', dir, '--png-scale', '1', '--runs', '0', '--quiet', ...extra], io);
  return { code, stderr: io.stderr.join('') };
}

/** Every file under `dir` (relative path → bytes), for byte-for-byte comparison. */
export async function snapshotTree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (d: string) => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.set(relative(dir, p), await readFile(p));
    }
  };
  if ((await stat(dir).catch(() => null))?.isDirectory()) await walk(dir);
  return out;
}
