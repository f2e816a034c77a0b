/**
 * `validate`'s cache (src/project-cache.ts): a run that reuses what an earlier run found in
 * unchanged country files gives exactly what a run without the cache gives, and an entry is
 * reused only for the same file bytes, rest of the project, date, settings and code.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProject, type LoadOptions } from '../../src/project.js';
import { cacheFileFor } from '../../src/project-cache.js';
import { asciiJson } from '../../src/io/cache-file.js';

const SHIPPED = join(import.meta.dirname, '../..');
const TODAY = '2026-12-05';
const made: string[] = [];
afterEach(() => { for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** A copy of the shipped project (its data only) and a cache file beside it. */
function copy(): { dir: string; cacheFile: string } {
  const root = mkdtempSync(join(tmpdir(), 'pi-reuse-'));
  made.push(root);
  const dir = join(root, 'project');
  cpSync(join(SHIPPED, 'indicators'), join(dir, 'indicators'), { recursive: true });
  cpSync(join(SHIPPED, 'countries'), join(dir, 'countries'), { recursive: true });
  return { dir, cacheFile: join(root, 'cache', 'validate.json') };
}

/** Rewrites a file of the copy; the change must change something. */
function edit(dir: string, rel: string, change: (text: string) => string): void {
  const text = readFileSync(join(dir, rel), 'utf8');
  const next = change(text);
  expect(next, `the edit of ${rel} changes nothing`).not.toBe(text);
  writeFileSync(join(dir, rel), next);
}

const options = (cacheFile: string, extra: LoadOptions = {}): LoadOptions => ({ today: TODAY, evidence: true, cache: { file: cacheFile, code: 'test-code' }, ...extra });

/** Loads with the cache (after `runs` earlier runs that fill it) and without, and expects the same. */
async function expectSameAsFresh(dir: string, cacheFile: string, extra: LoadOptions = {}) {
  const cached = await loadProject(dir, options(cacheFile, extra));
  const { cache: _, ...plain } = options(cacheFile, extra);
  const fresh = await loadProject(dir, plain);
  expect(cached.problems).toEqual(fresh.problems);
  expect(cached.dataset).toEqual(fresh.dataset);
  return cached;
}

/** The cache file's lines as JSON (a header, then one entry per country file). */
const cacheLines = (cacheFile: string) => readFileSync(cacheFile, 'latin1').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));

/** Replaces the problems the cache holds for one file by a made-up one, to see whether it is reused. */
function plant(cacheFile: string, name: string): void {
  const lines = cacheLines(cacheFile);
  const entry = lines.find((l) => l.name === name);
  entry.problems = [{ code: 'no_rows', severity: 'warning', file: `countries/${name}`, line: 1, message: 'planted' }];
  writeFileSync(cacheFile, lines.map((l) => asciiJson(JSON.stringify(l))).join('\n'), 'latin1');
}
const planted = (problems: { message: string }[]) => problems.some((p) => p.message === 'planted');

describe('validate cache', () => {
  it('the shipped project: the first run (filling the cache) and the second (reusing it) equal a run without it', async () => {
    const { dir, cacheFile } = copy();
    const first = await expectSameAsFresh(dir, cacheFile);
    expect(first.dataset?.answers.length).toBeGreaterThan(1000);
    expect(first.problems.some((p) => p.code.startsWith('evidence_'))).toBe(true);
    await expectSameAsFresh(dir, cacheFile);
  });

  it('an entry is reused for the same bytes and context, and only then', async () => {
    const { dir, cacheFile } = copy();
    await loadProject(dir, options(cacheFile));
    plant(cacheFile, 'AUS.csv');
    // nothing changed: reused (so the planted problem shows)
    expect(planted((await loadProject(dir, options(cacheFile))).problems)).toBe(true);
    // another country file changed: AUS is still reused
    edit(dir, 'countries/BEL.csv', (t) => t.replace('Belgium', 'Belgium (edited)'));
    expect(planted((await loadProject(dir, options(cacheFile))).problems)).toBe(true);
    // another date, other settings, other code: not reused
    expect(planted((await loadProject(dir, options(cacheFile, { today: '2026-12-06' }))).problems)).toBe(false);
    plant(cacheFile, 'AUS.csv');
    expect(planted((await loadProject(dir, options(cacheFile, { overrides: { evidence: { staleYears: 3 } } }))).problems)).toBe(false);
    plant(cacheFile, 'AUS.csv');
    expect(planted((await loadProject(dir, { ...options(cacheFile), cache: { file: cacheFile, code: 'other-code' } })).problems)).toBe(false);
    // the framework changed: not reused
    await loadProject(dir, options(cacheFile));
    plant(cacheFile, 'AUS.csv');
    edit(dir, 'indicators/source-kinds.csv', (t) => `${t}example.org,encyclopedia,yes,,\n`);
    expect(planted((await loadProject(dir, options(cacheFile))).problems)).toBe(false);
    // the file itself changed: not reused
    plant(cacheFile, 'AUS.csv');
    edit(dir, 'countries/AUS.csv', (t) => `${t}\n`);
    expect(planted((await loadProject(dir, options(cacheFile))).problems)).toBe(false);
  });

  it('edits in the loop of a researcher give what a run without the cache gives', async () => {
    const { dir, cacheFile } = copy();
    await loadProject(dir, options(cacheFile));
    // a reworded justification
    edit(dir, 'countries/MEX.csv', (t) => t.replace('"Under the 2011 Migration Law', '"Reworded: under the 2011 Migration Law'));
    await expectSameAsFresh(dir, cacheFile);
    // a changed answer that moves scores
    edit(dir, 'countries/THA.csv', (t) => t.replace(/children_detained_in_practice,2024,no,/, 'children_detained_in_practice,2024,yes,'));
    await expectSameAsFresh(dir, cacheFile);
    // an error in one file (an unknown answer code), then fixed
    const before = readFileSync(join(dir, 'countries/ZMB.csv'), 'utf8');
    edit(dir, 'countries/ZMB.csv', (t) => t.replace(/,2024,(yes|no|partial),/, ',2024,maybe,'));
    await expectSameAsFresh(dir, cacheFile);
    const broken = await expectSameAsFresh(dir, cacheFile); // the broken file's own result reused
    expect(broken.dataset).toBeNull();
    expect(broken.problems.some((p) => p.code === 'unknown_code' && p.file === 'countries/ZMB.csv')).toBe(true);
    writeFileSync(join(dir, 'countries/ZMB.csv'), before);
    expect((await expectSameAsFresh(dir, cacheFile)).dataset).not.toBeNull();
    // a file that is not UTF-8, a file removed, a new file
    writeFileSync(join(dir, 'countries/ESP.csv'), Buffer.from([0x69, 0x73, 0x6f, 0xff, 0xfe, 0x0a]));
    await expectSameAsFresh(dir, cacheFile);
    await expectSameAsFresh(dir, cacheFile);
    rmSync(join(dir, 'countries/ESP.csv'));
    await expectSameAsFresh(dir, cacheFile);
    writeFileSync(join(dir, 'countries/XYZ.csv'), readFileSync(join(dir, 'countries/AUS.csv')));
    await expectSameAsFresh(dir, cacheFile);
  });

  it('a cache filled while a country file had an error (no evidence checked) serves the runs after the fix', async () => {
    const { dir, cacheFile } = copy();
    const before = readFileSync(join(dir, 'countries/ZMB.csv'), 'utf8');
    edit(dir, 'countries/ZMB.csv', (t) => t.replace(/,2024,(yes|no|partial),/, ',2024,maybe,'));
    expect((await expectSameAsFresh(dir, cacheFile)).dataset).toBeNull();
    writeFileSync(join(dir, 'countries/ZMB.csv'), before);
    const fixed = await expectSameAsFresh(dir, cacheFile);
    expect(fixed.problems.some((p) => p.code.startsWith('evidence_'))).toBe(true);
    // the evidence checked in that run is kept for every file, so the next run need not check it again
    const held = cacheLines(cacheFile).slice(1) as { evidence: unknown }[];
    expect(held.length).toBe(29);
    expect(held.filter((e) => e.evidence === null)).toEqual([]);
    edit(dir, 'countries/NLD.csv', (t) => t.replace('Netherlands', 'The Netherlands'));
    await expectSameAsFresh(dir, cacheFile);
  });

  it('a cache file that is not JSON, or not ours, is ignored and replaced', async () => {
    const { dir, cacheFile } = copy();
    await loadProject(dir, options(cacheFile));
    writeFileSync(cacheFile, '{"format":2,"code":"test-code"}\n{"name":"AUS.csv","key":');
    await expectSameAsFresh(dir, cacheFile);
    expect(cacheLines(cacheFile).length).toBe(30);
    writeFileSync(cacheFile, '{"format":1,"code":"test-code","files":{"AUS.csv":null}}');
    await expectSameAsFresh(dir, cacheFile);
    expect(cacheLines(cacheFile)[0]).toEqual({ format: 2, code: 'test-code' });
  });

  it('the cache lives outside the project: $POLICY_INDEX_CACHE_DIR, else $XDG_CACHE_HOME/policy-index, one file per folder', () => {
    expect(cacheFileFor('/data/a', { POLICY_INDEX_CACHE_DIR: '/c' })).toMatch(/^\/c\/validate-[0-9a-f]{24}\.json$/);
    expect(cacheFileFor('/data/a', { XDG_CACHE_HOME: '/x' })).toMatch(/^\/x\/policy-index\/validate-/);
    expect(cacheFileFor('/data/a', {})).not.toBe(cacheFileFor('/data/b', {}));
  });
});
