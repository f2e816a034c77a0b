/**
 * Disk errors no test machine can produce on demand (a full disk, a read-only file system, a
 * folder the user may not list): `node:fs/promises` is wrapped so that one call fails with the
 * error the kernel would give, and each command must answer with a catalogue message naming the
 * path and exit 1, leaving every byte as it was.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cliText } from '../../src/messages/cli.js';
import { cleanup, fixture, leaksStack, run, tempDir } from '../cli/helpers.js';

/** The failure to inject: the first call of `fn` on a path matching `path` throws `code`. */
const inject: { fn: 'open' | 'readdir'; path: RegExp; code: string } | { fn: null } = { fn: null };

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (fn: string, path: unknown) => {
    const i = inject as { fn: string | null; path?: RegExp; code?: string };
    if (i.fn !== fn || !i.path!.test(String(path))) return;
    const e = Object.assign(new Error(`${i.code}: injected, ${fn} '${String(path)}'`), { code: i.code, path: String(path), syscall: fn });
    throw e;
  };
  const wrapped = {
    ...real,
    open: (async (path: string, ...rest: unknown[]) => { fail('open', path); return (real.open as (...a: unknown[]) => unknown)(path, ...rest); }) as typeof real.open,
    readdir: (async (path: string, ...rest: unknown[]) => { fail('readdir', path); return (real.readdir as (...a: unknown[]) => unknown)(path, ...rest); }) as typeof real.readdir,
  };
  return { ...wrapped, default: wrapped };
});

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) { out[relative(dir, p)] = 'dir'; await walk(p); }
      else out[relative(dir, p)] = createHash('sha256').update(await fs.readFile(p)).digest('hex');
    }
  };
  await walk(dir);
  return out;
}

let world: string;
const temps: string[] = [];
beforeEach(async () => {
  world = await tempDir('policy-index-disk-');
  temps.push(world);
  await fs.cp(fixture('good/minimal'), join(world, 'p'), { recursive: true });
  await fs.writeFile(join(world, 'wide.csv'), 'iso3,name,region,children_detained\nMEX,Mexico,Americas,38\nPER,Peru,Americas,25\n');
});
afterEach(() => { Object.assign(inject, { fn: null }); });
afterAll(async () => { for (const t of temps) await cleanup(t); });

const IMPORT = ['import', 'wide.csv', 'p', '--edition', '2025', '--source', 'UNICEF', '--force'];

describe('disk errors', () => {
  it('import on a full disk (ENOSPC) while writing countries.csv aside: no file replaced, no backup, no temporary file left', async () => {
    const before = await snapshot(world);
    Object.assign(inject, { fn: 'open', path: /\.countries\.csv\.[0-9a-f]+\.tmp$/, code: 'ENOSPC' });
    const r = await run(IMPORT, world);
    expect(r.err).toBe(`${cliText.disk('import', 'ENOSPC', join(world, 'p/countries/countries.csv'), 'ENOSPC')}\n`);
    expect(r.code).toBe(1);
    expect(await snapshot(world)).toEqual(before); // PER.csv, written aside first, was never put in place
  });

  it('report onto a read-only file system (EROFS) names the path and says to write elsewhere', async () => {
    const before = await snapshot(world);
    Object.assign(inject, { fn: 'open', path: /\/\.site\.lock$/, code: 'EROFS' });
    const r = await run(['report', 'p', '--out', 'site', '--runs', '0', '--lang', 'en', '--quiet'], world);
    expect(r.err).toBe(`${cliText.disk('report', 'EROFS', join(world, '.site.lock'), 'EROFS')}\n`);
    expect(r.code).toBe(1);
    expect(leaksStack(r.err)).toBe(false);
    expect(await snapshot(world)).toEqual(before);
  }, 30_000);

  it('a countries/ folder the user may not list (EACCES) is an error, never "ok, 0 answers"', async () => {
    Object.assign(inject, { fn: 'readdir', path: /\/p\/countries$/, code: 'EACCES' });
    const r = await run(['validate', 'p'], world);
    expect(r.code).toBe(1);
    expect(r.err).toBe('countries/: folder cannot be listed (permission denied; check who owns it and its permissions); no country file can be read until it can\n1 error(s), 0 warning(s)\n');
  });
});
