/**
 * The corpus of bad output paths (issue: `report --out /dev/null` replaced the device). Each case
 * builds a small world in a temp folder (a data project `p/`, the user's own files beside it),
 * runs one command with `--out`, and checks the exit code, the exact message and that every byte
 * outside the intended output is unchanged: file contents, link targets, devices and pipes alike.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cp, lstat, mkdir, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outputText, entryKind } from '../../src/messages/output.js';
import { cliText } from '../../src/messages/cli.js';
import { checkOutputDir } from '../../src/io/output-guard.js';
import { OutputRefused } from '../../src/io/output-refused.js';
import { writeDirAtomic } from '../../src/io/write-dir.js';
import { MANIFEST_NAME, Manifest } from '../../src/schema/manifest.js';
import { cleanup, fixture, leaksStack, run, tempDir } from '../cli/helpers.js';

/** Every entry under dir, links not followed: type plus content hash, link target or device number. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string): Promise<void> => {
    for (const name of (await readdir(d)).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p);
      const st = await lstat(p);
      if (st.isSymbolicLink()) out[rel] = `link ${await readlink(p)}`;
      else if (st.isDirectory()) { out[rel] = 'dir'; await walk(p); }
      else if (st.isFile()) out[rel] = `file ${createHash('sha256').update(await readFile(p)).digest('hex')}`;
      else out[rel] = `special ${st.mode} ${st.rdev}`;
    }
  };
  await walk(dir);
  return out;
}

/** The entries of a snapshot outside `out` (a path relative to the world). */
const outside = (snap: Record<string, string>, out: string) =>
  Object.fromEntries(Object.entries(snap).filter(([k]) => k !== out && !k.startsWith(`${out}/`)));

const FAST = ['--runs', '0', '--png-scale', '1', '--lang', 'en', '--quiet'];
const commands = {
  report: (out: string[]) => ['report', 'p', ...out, ...FAST],
  audit: (out: string[]) => ['audit', 'p', '--format', 'csv', ...out],
  sensitivity: (out: string[]) => ['sensitivity', 'p', '--runs', '40', '--format', 'csv', ...out],
  schema: (out: string[]) => ['schema', ...out],
} as const;

let world: string;
let home: string | undefined;
const temps: string[] = [];
beforeEach(async () => {
  world = await tempDir('policy-index-out-');
  temps.push(world);
  await cp(fixture('good/minimal'), join(world, 'p'), { recursive: true });
  await writeFile(join(world, 'notes.txt'), 'my notes, not a report\n');
  await mkdir(join(world, 'mine'));
  await writeFile(join(world, 'mine/thesis.md'), '# chapter one\n');
  home = process.env.HOME;
});
afterEach(() => { process.env.HOME = home; });
afterAll(async () => { for (const t of temps) await cleanup(t); });

const abs = (rel: string) => (rel === '.' ? world : join(world, rel));

interface Case {
  name: string;
  /** Extra set-up in the world (links, pipes, devices). */
  setup?: () => Promise<void>;
  /** The value of --out, relative to the world (the current folder). */
  out: string;
  force?: boolean;
  /** Commands to try (default: all four; schema has no project, so project cases skip it). */
  only?: (keyof typeof commands)[];
  /** The refusal, given the absolute output path. */
  message: (out: string) => string;
}

const cases: Case[] = [
  { name: 'an existing regular file (notes named by mistake)', out: 'notes.txt', message: (o) => outputText.notFolder(o, entryKind.file) },
  { name: 'a regular file, even with --force', out: 'notes.txt', force: true, message: (o) => outputText.notFolder(o, entryKind.file) },
  { name: 'a named pipe', setup: async () => { execFileSync('mkfifo', [abs('pipe')]); }, out: 'pipe', message: (o) => outputText.notFolder(o, entryKind.fifo) },
  { name: 'the data project itself (--out p)', out: 'p', only: ['report', 'audit', 'sensitivity'], message: (o) => outputText.project(o, abs('p')) },
  { name: 'the data project, even with --force', out: 'p', force: true, only: ['report', 'audit', 'sensitivity'], message: (o) => outputText.project(o, abs('p')) },
  { name: 'a folder containing the project (--out .)', out: '.', only: ['report', 'audit', 'sensitivity'], message: (o) => outputText.project(o, abs('p')) },
  { name: 'the current folder (--out .) for schema', out: '.', force: true, only: ['schema'], message: (o) => outputText.cwd(o) },
  { name: "the project's countries/", out: 'p/countries', only: ['report', 'audit', 'sensitivity'], message: (o) => outputText.dataFolder(o, 'countries/') },
  { name: "the project's indicators/ with --force", out: 'p/indicators', force: true, only: ['report', 'audit', 'sensitivity'], message: (o) => outputText.dataFolder(o, 'indicators/') },
  { name: "a new folder inside countries/", out: 'p/countries/site', only: ['report', 'audit', 'sensitivity'], message: (o) => outputText.dataFolder(o, 'countries/') },
  { name: 'a symbolic link to a data folder', setup: () => symlink(abs('p/countries'), abs('link')), out: 'link', message: (o) => outputText.symlink(o) },
  { name: 'a symbolic link to an empty folder, with --force', setup: async () => { await mkdir(abs('empty')); await symlink(abs('empty'), abs('link')); }, out: 'link', force: true, message: (o) => outputText.symlink(o) },
  { name: 'a dangling symbolic link', setup: () => symlink(abs('nowhere'), abs('link')), out: 'link', message: (o) => outputText.symlink(o) },
  { name: "a folder of the user's own unrelated files", out: 'mine', message: (o) => outputText.notOurs(o, MANIFEST_NAME) },
  { name: 'the home folder (--out ~)', setup: async () => { process.env.HOME = abs('mine'); }, out: 'mine', force: true, message: (o) => outputText.home(o) },
  { name: 'a folder that contains the home folder', setup: async () => { await mkdir(abs('mine/me')); process.env.HOME = abs('mine/me'); }, out: 'mine', force: true, message: (o) => outputText.home(o) },
  {
    name: "a report folder a user added notes to",
    setup: async () => {
      await mkdir(abs('site/charts'), { recursive: true });
      await writeFile(abs('site/index.html'), '<p>old</p>');
      await writeFile(abs(`site/${MANIFEST_NAME}`), JSON.stringify({ generator: 'policy-index', format: 1, files: ['index.html'] }));
      await writeFile(abs('site/charts/my-edit.svg'), '<svg/>');
    },
    out: 'site',
    message: (o) => outputText.foreign(o, ['charts/my-edit.svg'], MANIFEST_NAME),
  },
  {
    name: 'a report folder holding a link out of it',
    setup: async () => {
      await mkdir(abs('site'));
      await writeFile(abs(`site/${MANIFEST_NAME}`), JSON.stringify({ generator: 'policy-index', format: 1, files: [] }));
      await symlink(abs('p/countries'), abs('site/data'));
    },
    out: 'site',
    message: (o) => outputText.foreign(o, ['data'], MANIFEST_NAME),
  },
];

describe('output paths policy-index refuses', () => {
  for (const c of cases) {
    for (const command of c.only ?? (Object.keys(commands) as (keyof typeof commands)[])) {
      it(`${command} --out ${c.out}${c.force ? ' --force' : ''}: ${c.name}`, async () => {
        await c.setup?.();
        const before = await snapshot(world);
        const r = await run(commands[command](['--out', c.out, ...(c.force ? ['--force'] : [])]), world);
        expect(r.err).toBe(`${cliText.refused(command, c.message(abs(c.out)))}\n`);
        expect(r.code).toBe(2);
        expect(leaksStack(r.err)).toBe(false);
        expect(r.out).toBe(''); // refused before any work: nothing printed, nothing written
        expect(await snapshot(world)).toEqual(before);
      }, 30_000);
    }
  }

  it('a character device (as /dev/null is), made in a temp folder when the system lets us', async (ctx) => {
    try {
      execFileSync('mknod', [abs('null'), 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      ctx.skip(); // not root or no CAP_MKNOD: the named-pipe case covers the same check
    }
    const before = await snapshot(world);
    for (const command of Object.keys(commands) as (keyof typeof commands)[]) {
      for (const force of [[], ['--force']]) {
        const r = await run(commands[command](['--out', 'null', ...force]), world);
        expect(r.code).toBe(2);
        expect(r.err).toBe(`${cliText.refused(command, outputText.notFolder(abs('null'), entryKind.device))}\n`);
      }
    }
    expect(await snapshot(world)).toEqual(before);
    expect((await lstat(abs('null'))).isCharacterDevice()).toBe(true);
  }, 30_000);

  it('the root of the file system, checked without writing', async () => {
    await expect(checkOutputDir('/', { force: true })).rejects.toThrow(new OutputRefused('root', outputText.root('/'), '/'));
  });
});

describe('output paths policy-index replaces', () => {
  it('a new folder, then the same folder again (it carries the manifest of what was written)', async () => {
    for (let k = 0; k < 2; k++) {
      const before = await snapshot(world);
      const r = await run(commands.report(['--out', 'site']), world);
      expect(r.code).toBe(0);
      expect(outside(await snapshot(world), 'site')).toEqual(outside(before, 'site'));
    }
    const manifest = Manifest.parse(JSON.parse(await readFile(abs(`site/${MANIFEST_NAME}`), 'utf8')));
    const files = Object.entries(await snapshot(abs('site'))).filter(([, v]) => v !== 'dir').map(([k]) => k).sort();
    expect([...manifest.files, MANIFEST_NAME].sort()).toEqual(files);
  }, 60_000);

  it('an empty folder, and the default reports/ inside the project', async () => {
    await mkdir(abs('empty'));
    expect((await run(commands.report(['--out', 'empty']), world)).code).toBe(0);
    const before = await snapshot(abs('p'));
    expect((await run(['report', 'p', ...FAST], world)).code).toBe(0);
    expect(outside(await snapshot(abs('p')), 'reports')).toEqual(outside(before, 'reports'));
  }, 60_000);

  it('a report written before manifests existed (its generated README)', async () => {
    await mkdir(abs('p/reports'));
    await writeFile(abs('p/reports/README.md'), '# Generated report\n\nGenerated by policy-index from the data project; do not edit by hand.\n');
    await writeFile(abs('p/reports/index.html'), '<p>old</p>');
    expect((await run(['report', 'p', ...FAST], world)).code).toBe(0);
    expect(await readFile(abs('p/reports/index.html'), 'utf8')).not.toBe('<p>old</p>');
  }, 60_000);

  it("with --force, a folder of the user's files, and a link inside it is removed, never followed", async () => {
    await symlink(abs('p/countries'), abs('mine/data'));
    const before = await snapshot(world);
    const r = await run(commands.report(['--out', 'mine', '--force']), world);
    expect(r.code).toBe(0);
    expect(outside(await snapshot(world), 'mine')).toEqual(outside(before, 'mine'));
    expect(await readdir(abs('mine'))).not.toContain('thesis.md');
  }, 60_000);

  it('--out is relative to the current folder, not to the project', async () => {
    const r = await run(['report', 'p', '--out', 'site', ...FAST], world);
    expect(r.code).toBe(0);
    expect(await readdir(abs('site'))).toContain(MANIFEST_NAME);
    await expect(lstat(abs('p/site'))).rejects.toThrow();
  }, 60_000);
});

describe('the swap', () => {
  const files = (text: string) => [{ path: 'index.html', content: text }, { path: 'a/b.txt', content: text }];

  it('a build that fails part-way leaves the previous folder whole and nothing beside it', async () => {
    const out = abs('site');
    await writeDirAtomic(out, files('one'));
    const before = await snapshot(world);
    async function* failing() { yield* files('two'); throw new Error('renderer crashed'); }
    await expect(writeDirAtomic(out, failing())).rejects.toThrow('renderer crashed');
    expect(await snapshot(world)).toEqual(before);
  });

  it('puts back a report that a kill between the two renames left aside', async () => {
    const out = abs('site');
    await writeDirAtomic(out, files('one'));
    const kept = await snapshot(out);
    // what a kill -9 after `rename(out, old)` leaves: no site/, the old report aside
    execFileSync('mv', [out, abs('.site.old-dead')]);
    async function* failing(): AsyncGenerator<{ path: string; content: string }> { throw new Error('bad build'); }
    await expect(writeDirAtomic(out, failing())).rejects.toThrow('bad build');
    expect(await snapshot(out)).toEqual(kept);
    expect((await readdir(world)).filter((e) => e.startsWith('.site.'))).toEqual([]);
  });

  it('refuses a second build while a live one holds the lock, and takes over a stale lock', async () => {
    const out = abs('site');
    const lock = abs('.site.lock');
    await writeFile(lock, `${process.pid} ${(await import('node:os')).hostname()}\n`); // this process is alive
    const r = await run(commands.report(['--out', 'site']), world);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${cliText.refused('report', outputText.busy(out, process.pid, lock))}\n`);
    await expect(lstat(out)).rejects.toThrow();
    // a lock whose process is gone is stale
    const dead = Number(execFileSync(process.execPath, ['-e', 'console.log(process.pid)']).toString());
    await writeFile(lock, `${dead} ${(await import('node:os')).hostname()}\n`);
    expect(await writeDirAtomic(out, files('x'))).toBe(2);
    await expect(lstat(lock)).rejects.toThrow(); // released
  });

  it('two builds started at once: one writes, the other is refused, and the folder holds one whole report', async () => {
    const out = abs('site');
    const results = await Promise.allSettled([writeDirAtomic(out, files('one')), writeDirAtomic(out, files('two'))]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as OutputRefused).code).toBe('busy');
    const text = await readFile(join(out, 'index.html'), 'utf8');
    expect(await readFile(join(out, 'a/b.txt'), 'utf8')).toBe(text);
    expect(Manifest.parse(JSON.parse(await readFile(join(out, MANIFEST_NAME), 'utf8'))).files).toEqual(['a/b.txt', 'index.html']);
  });

  it('a path in the files that climbs out of the folder is refused and nothing is written', async () => {
    const before = await snapshot(world);
    await expect(writeDirAtomic(abs('site'), [{ path: '../notes.txt', content: 'x' }])).rejects.toThrow(/outside/);
    expect(await snapshot(world)).toEqual(before);
  });
});

describe('import backups', () => {
  const WIDE = 'iso3,name,region,children_detained\nMEX,Mexico,Americas,38\n';
  const args = ['import', 'wide.csv', 'p', '--edition', '2025', '--source', 'UNICEF', '--force'];

  it('a second --force keeps the first backup: backups are numbered, never replaced', async () => {
    await writeFile(abs('wide.csv'), WIDE);
    const original = await readFile(abs('p/countries/MEX.csv'), 'utf8');
    expect((await run(args, world)).code).toBe(0);
    const first = await readFile(abs('p/countries/MEX.csv'), 'utf8');
    await writeFile(abs('wide.csv'), WIDE.replace('38', '40'));
    expect((await run(args, world)).code).toBe(0);
    expect(await readFile(abs('p/countries/MEX.csv.bak'), 'utf8')).toBe(original);
    expect(await readFile(abs('p/countries/MEX.csv.bak.2'), 'utf8')).toBe(first);
  });

  it('a link planted at a backup name is not followed', async () => {
    await writeFile(abs('wide.csv'), WIDE);
    await symlink(abs('notes.txt'), abs('p/countries/MEX.csv.bak'));
    const notes = await readFile(abs('notes.txt'), 'utf8');
    const original = await readFile(abs('p/countries/MEX.csv'), 'utf8');
    expect((await run(args, world)).code).toBe(0);
    expect(await readFile(abs('notes.txt'), 'utf8')).toBe(notes);
    expect(await readFile(abs('p/countries/MEX.csv.bak.2'), 'utf8')).toBe(original);
  });

  it('a folder standing at a file name it would write is refused, and nothing is written', async () => {
    await writeFile(abs('wide.csv'), WIDE.replace('MEX,Mexico', 'PER,Peru'));
    await mkdir(abs('p/countries/PER.csv'));
    const before = await snapshot(world);
    const r = await run(args, world);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${outputText.notAFile(abs('p/countries/PER.csv'))}\n`);
    expect(await snapshot(world)).toEqual(before);
  });
});

afterAll(async () => { await rm(world, { recursive: true, force: true }); });
