import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from './build.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) console.warn(`browser test skipped: no Chromium at ${CHROMIUM} (npm test installs Debian's chromium where it can)`);
const OUT = new URL('../../../test-output/', import.meta.url).pathname;

describe.skipIf(!haveBrowser)('the report site in headless Chromium', () => {
  let dir: string;
  let browser: Browser;
  beforeAll(async () => {
    dir = await copyFixture();
    expect((await buildSite(dir, ['--lang', 'en,ar'])).code).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const pages = ['index.html', 'audit/index.html', 'ranking/index.html', 'ranking/ranking-2024.html', 'charts/index.html', 'scorecards/en/MEX.html', 'scorecards/ar/MEX.html'];
  it.each(pages)('%s opens from disk with no console errors and every image loaded', async (path) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
    await page.goto(pathToFileURL(join(dir, 'reports', path)).href, { waitUntil: 'load' });
    // images are lazy: make them eager and wait until each has decoded (or failed)
    const images = await page.$$eval('img', (imgs) => Promise.all(imgs.map(async (i) => {
      i.loading = 'eager';
      const ok = await i.decode().then(() => i.naturalWidth > 0, () => false);
      return { src: i.getAttribute('src'), ok, alt: i.getAttribute('alt') };
    })));
    expect(images.filter((i) => !i.ok)).toEqual([]);
    expect(images.filter((i) => !i.alt)).toEqual([]);
    expect(errors).toEqual([]);
    await mkdir(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, `site-${path.replaceAll('/', '-').replace('.html', '')}.png`), fullPage: true });
    await page.close();
  }, 60_000);

  it('every link on the home page leads to a page that exists', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'reports/index.html')).href);
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    await page.close();
    const local = hrefs.filter((h) => h.startsWith('file://')).map((h) => decodeURIComponent(new URL(h).pathname));
    expect(local.length).toBeGreaterThan(5);
    expect(local.filter((p) => !existsSync(p))).toEqual([]);
    expect((await readdir(OUT)).some((f) => f.startsWith('site-index'))).toBe(true);
  }, 60_000);
});
