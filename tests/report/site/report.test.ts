import { spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, snapshotTree } from './build.js';
import { loadProject } from '../../../src/project.js';
import { readTranslations } from '../../../src/io/translations.js';
import { writeDirAtomic } from '../../../src/io/write-dir.js';
import { buildReport } from '../../../src/report/build-report.js';
import { languages } from '../../../src/messages/languages.js';

describe('policy-index report on a small project', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await copyFixture();
    const { code, stderr } = await buildSite(dir, ['--lang', 'en,ar']);
    expect(stderr).toMatch(/^wrote \d+ files to /);
    expect(code).toBe(0);
  }, 120_000);
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('writes the site, tables, scorecards in every language, and each chart as PNG, SVG, CSV and snippet', async () => {
    const files = [...(await snapshotTree(join(dir, 'reports'))).keys()];
    for (const f of ['index.html', 'ranking/index.html', 'charts/index.html', 'audit/index.html', 'assets/style.css', 'README.md']) expect(files).toContain(f);
    for (const ext of ['md', 'csv', 'json', 'html']) expect(files).toContain(`ranking/ranking-2024.${ext}`);
    for (const lang of ['en', 'ar']) for (const ext of ['html', 'md', 'pdf']) expect(files).toContain(`scorecards/${lang}/MEX.${ext}`);
    for (const chart of ['ranking-2024', 'heatmap-2024', 'distribution-2024', 'change-2018-2024', 'radar-MEX-2024']) {
      for (const ext of ['png', 'svg', 'csv', 'html']) expect(files).toContain(`charts/${chart}.${ext}`);
    }
  });

  it('shows no method warning on the overview page when no method zeroes or ties most countries', async () => {
    const home = await readFile(join(dir, 'reports/index.html'), 'utf8');
    expect(home).toContain('<h1>');
    expect(home).not.toContain('method-warning');
  });

  it('lays the Arabic scorecard out right to left', async () => {
    const html = await readFile(join(dir, 'reports/scorecards/ar/MEX.html'), 'utf8');
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
  });

  it('builds byte-identical reports from the same inputs', async () => {
    const first = await snapshotTree(join(dir, 'reports'));
    const again = await copyFixture();
    try {
      expect((await buildSite(again, ['--lang', 'en,ar'])).code).toBe(0);
      const second = await snapshotTree(join(again, 'reports'));
      expect([...second.keys()]).toEqual([...first.keys()]);
      const differ = [...first].filter(([k, v]) => !v.equals(second.get(k)!)).map(([k]) => k);
      expect(differ).toEqual([]);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  }, 120_000);

  it('gives the same bytes when scorecards render on two worker threads, one country per job', async () => {
    const first = await snapshotTree(join(dir, 'reports'));
    const { dataset } = await loadProject(dir);
    const translations = { en: (await readTranslations(dir, 'en')).table, ar: (await readTranslations(dir, 'ar')).table };
    const out = join(dir, 'threaded');
    await writeDirAtomic(out, buildReport(dataset!, { languages: [languages.en!, languages.ar!], translations, pngScale: 1, threads: 2, batch: 1 }));
    const second = await snapshotTree(out);
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect([...first].filter(([k, v]) => !v.equals(second.get(k)!)).map(([k]) => k)).toEqual([]);
    await rm(out, { recursive: true, force: true });
  }, 120_000);

  it('leaves the previous reports untouched when a build is killed half-way (SIGKILL)', async () => {
    const before = await snapshotTree(join(dir, 'reports'));
    const cli = new URL('../../../src/cli/main.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'report', dir, '--png-scale', '1', '--runs', '0', '--quiet', '--lang', 'en,ar'], { stdio: 'ignore' });
    // kill it as soon as the new report is being written aside
    const deadline = Date.now() + 60_000;
    let sawBuilding = false;
    while (Date.now() < deadline && child.exitCode === null) {
      if ((await readdir(dir)).some((e) => e.startsWith('.reports.building-'))) { sawBuilding = true; break; }
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(sawBuilding).toBe(true);
    const after = await snapshotTree(join(dir, 'reports'));
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...before].every(([k, v]) => v.equals(after.get(k)!))).toBe(true);
    // the next build clears the leftover and succeeds
    expect((await buildSite(dir, ['--lang', 'en,ar'])).code).toBe(0);
    expect((await readdir(dir)).filter((e) => e.startsWith('.reports.'))).toEqual([]);
  }, 120_000);

  it('refuses a bad --lang with exit code 2', async () => {
    const { code, stderr } = await buildSite(dir, ['--lang', 'en,xx']);
    expect(code).toBe(2);
    expect(stderr).toContain('--lang "xx" is not a language of the reports (known: en, fr, es, ar)');
  });
});
