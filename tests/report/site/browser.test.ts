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

  // Reading on a desktop and on a phone: nothing on the page is wider than the window, and no
  // block's text runs out of its box (wide tables scroll inside their own container instead).
  const widths = [1280, 390];
  const readable = ['index.html', 'ranking/ranking-2024.html', 'scorecards/en/MEX.html', 'scorecards/ar/MEX.html', 'audit/index.html', 'charts/index.html'];
  it.each(widths.flatMap((w) => readable.map((p) => [w, p] as const)))('at %i px, %s has no text overflowing its box', async (width, path) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(join(dir, 'reports', path)).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const found = await page.evaluate(() => {
      const out: string[] = [];
      const doc = document.documentElement;
      if (doc.scrollWidth > window.innerWidth + 1) out.push(`page is ${doc.scrollWidth} px wide in a ${window.innerWidth} px window`);
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *, header *'))) {
        const style = getComputedStyle(el);
        if (style.display === 'inline' || style.display === 'none' || style.overflowX !== 'visible') continue;
        if (el.closest('svg')) continue;
        // an element inside a scrolling container may be wider than the window, not than its own box
        if (el.scrollWidth > el.clientWidth + 1) {
          out.push(`<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}": content ${el.scrollWidth} px in a ${el.clientWidth} px box`);
        }
        // a block that sticks out of the window without a scrolling ancestor to hold it
        const r = el.getBoundingClientRect();
        let scroller: HTMLElement | null = el.parentElement;
        while (scroller && getComputedStyle(scroller).overflowX === 'visible') scroller = scroller.parentElement;
        if ((!scroller || scroller === document.body || scroller === doc) && (r.right > window.innerWidth + 1 || r.left < -1)) {
          out.push(`<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}" sticks out of the window (${Math.round(r.left)}–${Math.round(r.right)} px)`);
        }
      }
      return [...new Set(out)].slice(0, 15);
    });
    await mkdir(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, `site-${width}-${path.replaceAll('/', '-').replace('.html', '')}.png`), fullPage: true });
    await page.close();
    expect(found).toEqual([]);
  }, 60_000);

  it('wide tables keep the country column in view and show that they scroll, on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(pathToFileURL(join(dir, 'reports/ranking/ranking-2024.html')).href, { waitUntil: 'load' });
    const result = await page.evaluate(() => {
      const wrap = document.querySelector<HTMLElement>('.table-wrap')!;
      const row = wrap.querySelector<HTMLElement>('tbody tr')!;
      const sticky = row.querySelector<HTMLElement>('td.sticky')!;
      const first = row.querySelector<HTMLElement>('td')!;
      const scrolls = wrap.scrollWidth > wrap.clientWidth;
      const shadow = getComputedStyle(wrap).backgroundImage.includes('radial-gradient');
      wrap.scrollLeft = wrap.scrollWidth; // to the far end
      const box = wrap.getBoundingClientRect();
      const kept = sticky.getBoundingClientRect();
      const gone = first === sticky ? null : first.getBoundingClientRect();
      const hint = document.querySelector<HTMLElement>('.scroll-hint');
      return {
        scrolls, shadow,
        stickyInView: kept.left >= box.left - 1 && kept.right <= box.right + 1,
        firstScrolledAway: gone === null || gone.right <= kept.right + 1,
        hint: hint ? getComputedStyle(hint).display !== 'none' && hint.textContent!.trim() !== '' : false,
        stickyText: sticky.textContent,
      };
    });
    await page.close();
    expect(result.scrolls).toBe(true);
    expect(result.shadow).toBe(true);
    expect(result.stickyInView).toBe(true);
    expect(result.firstScrolledAway).toBe(true);
    expect(result.hint).toBe(true);
    expect(result.stickyText).toMatch(/\w/);
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
  // Arabic scorecards: the page reads right to left, English evidence inside it left to right,
  // each paragraph starting at its left edge so that its punctuation stays where English puts it.
  it('the Arabic scorecard is right-to-left and its English evidence paragraphs and sources are left-to-right', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(dir, 'reports/scorecards/ar/MEX.html')).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const found = await page.evaluate(() => {
      const firstCharLeft = (el: Element) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? '';
          const k = text.search(/\S/);
          if (k < 0) continue;
          const r = document.createRange();
          r.setStart(n, k);
          r.setEnd(n, k + 1);
          return r.getBoundingClientRect().left;
        }
        return null;
      };
      const evidence = [...document.querySelectorAll('p.evidence')].filter((p) => /^[A-Za-z]/.test(p.textContent!.trim()));
      return {
        page: getComputedStyle(document.documentElement).direction,
        paragraphs: evidence.length,
        notLtr: evidence.filter((p) => getComputedStyle(p).direction !== 'ltr').length,
        // in a left-to-right block the first letter sits at the block's left edge (its padding aside)
        notLeftAligned: evidence.filter((p) => {
          const box = p.getBoundingClientRect();
          const left = firstCharLeft(p);
          return left === null || left - box.left > parseFloat(getComputedStyle(p).paddingLeft) + 2;
        }).length,
        sources: [...document.querySelectorAll('.note bdi')].filter((b) => /^[A-Za-z]/.test(b.textContent!.trim())).map((b) => getComputedStyle(b).direction),
      };
    });
    await mkdir(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'site-rtl-scorecards-ar-MEX.png'), fullPage: true });
    await page.close();
    expect(found.page).toBe('rtl');
    expect(found.paragraphs).toBeGreaterThan(1);
    expect(found.notLtr).toBe(0);
    expect(found.notLeftAligned).toBe(0);
    expect(found.sources.length).toBeGreaterThan(1);
    expect(found.sources.every((d) => d === 'ltr')).toBe(true);
  }, 60_000);
});
