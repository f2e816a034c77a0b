/**
 * The installed command (dist/cli/bin.js) runs the light commands from the single bundled file
 * that `npm run build` makes (scripts/bundle-cli.mjs), so that validate starts fast. It must say
 * exactly what the unbundled command line says. Runs on the build in dist/ (made by `npm ci`;
 * built here when dist/ has no bundle yet).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, TODAY } from './helpers.js';

const repo = new URL('../../', import.meta.url).pathname;
const BUILD = 'dist/ has no CLI bundle: run "npm run build" (npm ci runs it) before the tests';
const dist = (f: string) => new URL(`../../dist/cli/${f}`, import.meta.url).pathname;
/** validate's cache (see src/project-cache.ts) goes here, not to the user's ~/.cache. */
const cacheDir = mkdtempSync(join(tmpdir(), 'pi-bundle-cache-'));
const run = (entry: string, args: string[], cache = cacheDir) => {
  const r = spawnSync(process.execPath, [dist(entry), ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, POLICY_INDEX_CACHE_DIR: cache } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('the bundled light commands', () => {
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  // a dist/ built before the bundle existed (a worktree's own earlier build) is built again once
  beforeAll(() => {
    if (!existsSync(dist('light.bundle.cjs')) || !existsSync(dist('light.bundle.cache'))) execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'ignore' });
  }, 600_000);

  it('exist after the build, without the drawing packages', () => {
    expect(existsSync(dist('light.bundle.cjs')), BUILD).toBe(true);
    expect(existsSync(dist('light.bundle.cache')), BUILD).toBe(true);
    const text = readFileSync(dist('light.bundle.cjs'), 'utf8');
    expect(text).toContain('function parseRows');
    expect(text).not.toMatch(/require\("(@napi-rs\/canvas|chart\.js)"\)/);
  });

  it('come with a code cache this node accepts', async () => {
    expect(existsSync(dist('light.bundle.cjs')), BUILD).toBe(true);
    const { loadBundle } = (await import(dist('bundle-loader.js'))) as typeof import('../../src/cli/bundle-loader.js');
    const { script, main } = loadBundle(dist('light.bundle.cjs'), dist('light.bundle.cache'));
    expect(script.cachedDataRejected).toBe(false);
    expect(typeof main).toBe('function');
  });

  it.each([
    ['validate on the shipped data (warnings)', ['validate', '.', '--today', TODAY]],
    ['validate on a project with errors', ['validate', fixture('bad/code-outside-scale'), '--today', TODAY]],
    ['evidence of one country as CSV', ['evidence', '.', '--country', 'MEX', '--format', 'csv']],
    ['a bad option', ['score', '.', '--format', 'xml']],
  ])('%s: same exit code, stdout and stderr as dist/cli/main.js', (_name, args) => {
    const bundled = run('bin.js', args);
    expect(bundled).toEqual(run('main.js', args));
    expect(bundled.out + bundled.err).not.toBe('');
  }, 60_000);

  it('validate keeps its cache outside the project and, reusing it, says what an uncached run says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pi-bundle-cache-'));
    try {
      const args = ['validate', '.', '--today', TODAY];
      const plain = run('main.js', args, dir);
      expect(readdirSync(dir)).toEqual([]); // the unbundled command keeps none: it cannot tell its code's version
      expect(run('bin.js', [...args, '--no-cache'], dir)).toEqual(plain);
      expect(readdirSync(dir)).toEqual([]);
      expect(run('bin.js', args, dir)).toEqual(plain);
      expect(readdirSync(dir)).toEqual([expect.stringMatching(/^validate-[0-9a-f]{24}\.json$/)]);
      expect(run('bin.js', args, dir)).toEqual(plain);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
