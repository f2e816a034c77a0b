import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { serveText } from '../../src/messages/serve.js';
import { copyFixture } from '../report/site/build.js';
import { run } from '../cli/helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

describe('policy-index serve as a process', () => {
  const temps: string[] = [];
  afterAll(async () => { for (const t of temps) await rm(t, { recursive: true, force: true }); });

  it('prints where it serves, and Ctrl-C stops it cleanly: exit 0, no lock or half-built folder left', async () => {
    const dir = await copyFixture();
    temps.push(dir);
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', dir, '--port', '0', '--out', join(dir, 'preview')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
    const end = Date.now() + 90_000;
    while (!/^built in/m.test(err) && child.exitCode === null && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(err).toMatch(/^preview at http:\/\/127\.0\.0\.1:\d+\/ \(built in .*preview\); watching for changes, Ctrl-C to stop$/m);
    expect(err).toMatch(/^built in [\d.]+ s: \d+ files, 0 charts and PDFs reused$/m);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(0);
    expect(err.trimEnd().split('\n').at(-1)).toBe(serveText.stopped);
    expect((await readdir(dir)).filter((e) => e.startsWith('.preview'))).toEqual([]);
    expect(await readdir(join(dir, 'preview'))).toContain('index.html');
  }, 120_000);

  it('refuses a bad port or language with exit 2, and a folder it did not make as --out', async () => {
    const dir = await copyFixture();
    temps.push(dir);
    const port = await run(['serve', dir, '--port', '70000']);
    expect(port.code).toBe(2);
    expect(port.err).toContain('--port');
    const lang = await run(['serve', dir, '--lang', 'xx']);
    expect(lang.code).toBe(2);
    const foreign = await run(['serve', dir, '--out', join(dir, 'countries')]);
    expect(foreign.code).toBe(2);
    expect(await readdir(join(dir, 'countries'))).toEqual(['COL.csv', 'ECU.csv', 'MEX.csv', 'countries.csv']);
  });

  it('prints its usage', async () => {
    const help = await run(['serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toBe(`${serveText.usage}\n`);
  });
});
