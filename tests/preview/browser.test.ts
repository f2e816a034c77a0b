import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type BuildOutcome, type Preview } from '../../src/preview/session.js';
import { serveText } from '../../src/messages/serve.js';
import { copyFixture } from '../report/site/build.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);

describe.skipIf(!haveBrowser)('the preview in a browser', () => {
  let dir: string;
  let preview: Preview;
  let browser: Browser;
  const outcomes: BuildOutcome[] = [];
  const until = async (what: () => boolean) => {
    const end = Date.now() + 60_000;
    while (!what()) {
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  beforeAll(async () => {
    dir = await copyFixture();
    preview = await startPreview({
      dir, out: join(dir, 'preview'), port: 0, run: { codes: ['en'], pngScale: 1, runs: 0 }, guard: { project: dir, cwd: dir },
      log: () => {}, onBuild: (b) => outcomes.push(b), settleMs: 50,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    await until(() => outcomes.length === 1);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the errors of a broken save over the last good page, and reloads once they are fixed', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(new URL('scorecards/en/MEX.html', preview.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.preview === 'connected');
    const title = await page.title();

    const file = join(dir, 'countries/MEX.csv');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace(/\n(\w+),2024,(\w+),/, (_m, ind: string) => `\n${ind},2024,yess,`));
    const overlay = page.locator('#policy-index-preview[role="alert"]');
    await overlay.waitFor({ timeout: 60_000 });
    expect(await overlay.locator('h2').textContent()).toBe(serveText.page.problemsTitle);
    expect(await overlay.locator('pre').textContent()).toMatch(/countries\/MEX\.csv:\d+: \[answer\] answer "yess"/);
    expect(await page.title()).toBe(title); // the last good page stays

    const loads: number[] = [];
    page.on('load', () => loads.push(Date.now()));
    await writeFile(file, good);
    await until(() => loads.length > 0);
    await page.waitForLoadState('load');
    expect(await page.locator('#policy-index-preview').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
