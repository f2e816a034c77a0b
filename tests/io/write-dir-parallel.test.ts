/**
 * writeDirAtomic writes several files at once: what it reports and what it leaves must not
 * depend on which write finishes first.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDirAtomic } from '../../src/io/write-dir.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'policy-index-write-dir-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

// large and small files mixed, so that later ones can finish first
const files = Array.from({ length: 60 }, (_, k) => ({ path: `d${k % 7}/f${k}.txt`, content: k % 5 === 0 ? 'x'.repeat(2_000_000) : `file ${k}\n`, key: `k${k}` }));

describe('writeDirAtomic writing files in parallel', () => {
  it('announces every file in the order the source gives them, and writes each whole', async () => {
    const out = join(dir, 'reports');
    const seen: string[] = [];
    const n = await writeDirAtomic(out, files, { onFile: (p) => seen.push(p) });
    expect(n).toBe(files.length);
    expect(seen).toEqual(files.map((f) => f.path));
    for (const f of files) expect(await readFile(join(out, f.path), 'utf8')).toBe(f.content);
  });

  it('reuses intact files in a rebuild, in order, and makes the same folder', async () => {
    const out = join(dir, 'reports');
    await writeDirAtomic(out, files);
    const manifest = await readFile(join(out, 'policy-index-manifest.json'), 'utf8');
    const seen: [string, boolean][] = [];
    await writeDirAtomic(out, (previous) => files.map((f) => (previous.get(f.path) === f.key && f.path !== 'd3/f3.txt' ? { path: f.path, key: f.key, reuse: true as const } : f)), { onFile: (p, r) => seen.push([p, r]) });
    expect(seen).toEqual(files.map((f) => [f.path, f.path !== 'd3/f3.txt']));
    expect(await readFile(join(out, 'policy-index-manifest.json'), 'utf8')).toBe(manifest);
    for (const f of files) expect(await readFile(join(out, f.path), 'utf8')).toBe(f.content);
  });

  it('a write that fails midway leaves the previous folder as it was and nothing beside it', async () => {
    const out = join(dir, 'reports');
    await writeDirAtomic(out, [{ path: 'old.txt', content: 'previous report\n' }]);
    // the same path twice: the second exclusive create fails while others are in flight
    const bad = [...files.slice(0, 30), { path: files[3]!.path, content: 'again' }, ...files.slice(30)];
    await expect(writeDirAtomic(out, bad)).rejects.toThrow(/EEXIST|exists/);
    expect(await readFile(join(out, 'old.txt'), 'utf8')).toBe('previous report\n');
    expect((await readdir(join(dir, 'reports'))).sort()).toEqual(['old.txt', 'policy-index-manifest.json']);
    expect((await readdir(dir)).some((e) => e.includes('.building-') || e.includes('.old-'))).toBe(false);
  });
});
