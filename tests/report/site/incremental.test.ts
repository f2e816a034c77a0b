import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, snapshotTree } from './build.js';

const FAST = ['--lang', 'en,fr'];

describe('incremental report', () => {
  const temps: string[] = [];
  afterAll(async () => { for (const t of temps) await rm(t, { recursive: true, force: true }); });

  it('after a one-file edit, reuses the unchanged charts and PDFs and gives the bytes of a clean build', async () => {
    const dir = await copyFixture();
    const clean = await copyFixture();
    temps.push(dir, clean);
    expect((await buildSite(dir, FAST)).code).toBe(0);
    // a researcher rewords one justification: only that country's scorecards can change
    const file = join(dir, 'countries/MEX.csv');
    const text = await readFile(file, 'utf8');
    const edited = text.replace(/\n([a-z_]+),2024,([^,]*),([^,]*),"?/, (m) => `${m}Reworded. `);
    expect(edited).not.toBe(text);
    await writeFile(file, edited);
    await writeFile(join(clean, 'countries/MEX.csv'), edited);
    const again = await buildSite(dir, FAST);
    expect(again.code).toBe(0);
    const reused = Number(/\((\d+) charts and PDFs reused/.exec(again.stderr)?.[1] ?? 0);
    expect(reused).toBeGreaterThan(0);
    expect((await buildSite(clean, [...FAST, '--clean'])).code).toBe(0);
    const a = await snapshotTree(join(dir, 'reports'));
    const b = await snapshotTree(join(clean, 'reports'));
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect([...a].filter(([k, v]) => !v.equals(b.get(k)!)).map(([k]) => k)).toEqual([]);
    // the edited country's PDFs were made again: their key changed
    const manifest = JSON.parse(await readFile(join(dir, 'reports/policy-index-manifest.json'), 'utf8')) as { cache: Record<string, unknown> };
    expect(Object.keys(manifest.cache)).toContain('scorecards/en/MEX.pdf');
  }, 240_000);

  it('does not reuse a file edited by hand since the last build', async () => {
    const dir = await copyFixture();
    temps.push(dir);
    expect((await buildSite(dir, ['--lang', 'en'])).code).toBe(0);
    const pdf = join(dir, 'reports/scorecards/en/MEX.pdf');
    const original = await readFile(pdf);
    await writeFile(pdf, 'tampered');
    expect((await buildSite(dir, ['--lang', 'en'])).code).toBe(0);
    expect((await readFile(pdf)).equals(original)).toBe(true);
  }, 240_000);
});
