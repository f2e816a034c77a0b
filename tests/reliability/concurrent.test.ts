/**
 * Two real `policy-index report` processes and one killed mid-swap (issue 17). The world is a
 * temp folder holding the small project good/minimal as `p/` and the user's notes; builds are
 * one language, --runs 0, PNG scale 1, so each takes a second or two.
 */
import { spawn } from 'node:child_process';
import { cp, lstat, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cliText } from '../../src/messages/cli.js';
import { outputText } from '../../src/messages/output.js';
import { MANIFEST_NAME, Manifest } from '../../src/schema/manifest.js';
import { snapshot } from './snapshot.js';
import { cleanup, fixture, run, tempDir } from '../cli/helpers.js';

const CLI = new URL('../../src/cli/main.ts', import.meta.url).pathname;
const FAST = ['--runs', '0', '--png-scale', '1', '--lang', 'en', '--quiet'];

const outside = (snap: Record<string, string>, out: string) =>
  Object.fromEntries(Object.entries(snap).filter(([k]) => k !== out && !k.startsWith(`${out}/`)));
const exists = (p: string) => lstat(p).then(() => true, () => false);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let world: string;
const temps: string[] = [];
beforeEach(async () => {
  world = await tempDir('policy-index-two-');
  temps.push(world);
  await cp(fixture('good/minimal'), join(world, 'p'), { recursive: true });
  await writeFile(join(world, 'notes.txt'), 'my notes\n');
});
afterAll(async () => { for (const t of temps) await cleanup(t); });

/** `policy-index report <world>/p --out <world>/site` as its own process. */
function reportProcess() {
  // started from the repository (where tsx resolves), with absolute paths into the world
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'report', join(world, 'p'), '--out', join(world, 'site'), ...FAST], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
  child.stdout.resume();
  const done = new Promise<{ code: number | null; err: string }>((r) => child.once('close', (code) => r({ code, err })));
  return { child, done };
}

describe('two report processes building into one --out', () => {
  it('one builds, the other exits 1 with the lock message, and the folder holds exactly the manifest\'s files', async () => {
    const lock = join(world, '.site.lock');
    const first = reportProcess();
    // hold the first build inside its lock (stopped once the lock names it), so the second surely meets it
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && first.child.exitCode === null && !(await readFile(lock, 'utf8').catch(() => '')).trim()) await sleep(5);
    expect((await readFile(lock, 'utf8')).trim()).toBe(`${first.child.pid} ${hostname()}`);
    first.child.kill('SIGSTOP');
    try {
      const before = await snapshot(world);
      const second = await reportProcess().done;
      expect(second.err).toBe(`${cliText.refused('report', outputText.busy(join(world, 'site'), first.child.pid!, lock))}\n`);
      expect(second.code).toBe(1);
      expect(await snapshot(world)).toEqual(before); // the refused build wrote nothing, not even beside the folder
    } finally {
      first.child.kill('SIGCONT');
    }
    const one = await first.done;
    expect(one.err).toMatch(/^wrote \d+ files to \S+\/site in [\d.]+ m?s\n$/);
    expect(one.code).toBe(0);
    const manifest = Manifest.parse(JSON.parse(await readFile(join(world, 'site', MANIFEST_NAME), 'utf8')));
    const files = Object.entries(await snapshot(join(world, 'site'))).filter(([, v]) => v !== 'dir').map(([k]) => k).sort();
    expect(files).toEqual([...manifest.files, MANIFEST_NAME].sort());
    expect((await readdir(world)).sort()).toEqual(['notes.txt', 'p', 'site']); // no lock, no folder aside
  }, 120_000);
});

/** Each command with --out, as run in the world (fast settings). */
const commands: Record<string, string[]> = {
  report: ['report', 'p', '--out', 'site', ...FAST],
  audit: ['audit', 'p', '--format', 'csv', '--out', 'site'],
  sensitivity: ['sensitivity', 'p', '--runs', '40', '--format', 'csv', '--out', 'site'],
};

describe.each(Object.entries(commands))('%s killed between the two renames of its swap', (_, argv) => {
  it('is followed by a run that fails on bad data: the previous output is back in place, whole, and nothing else changed', async () => {
    expect((await run(argv, world)).code).toBe(0);
    const kept = await snapshot(join(world, 'site'));
    const before = await snapshot(world);
    // what a kill -9 after rename(site, old) and before rename(building, site) leaves: the old
    // output aside, the new one complete in its building folder, the dead run's lock
    await rename(join(world, 'site'), join(world, '.site.old-0badf00d'));
    await mkdir(join(world, '.site.building-0ddba11e'));
    await writeFile(join(world, '.site.building-0ddba11e', 'index.html'), '<p>the new report</p>\n');
    await writeFile(join(world, '.site.lock'), `999999999 ${hostname()}\n`); // a pid no process has
    // then a run that fails on bad data
    const bad = (await readFile(join(world, 'p/countries/MEX.csv'), 'utf8')).replace('judicial_review,2024,no,', 'judicial_review,2024,maybe,');
    await writeFile(join(world, 'p/countries/MEX.csv'), bad);
    const r = await run(argv, world);
    expect(r.err).toBe('countries/MEX.csv:7: [answer] answer "maybe" is not an option of judicial_review (expected one of: no, partial, yes; blank = no evidence; na = not applicable)\n'
      + `${cliText.noDataset}\n`);
    expect(r.code).toBe(1);
    expect(await snapshot(join(world, 'site'))).toEqual(kept);
    const after = await snapshot(world);
    expect(outside(after, 'p')).toEqual(outside(before, 'p')); // no lock, no folder aside, notes untouched
    expect(await exists(join(world, '.site.lock'))).toBe(false);
  }, 120_000);
});
