import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/engine/build-index.js';
import type { EditionResult } from '../../../src/engine/types.js';
import type { ExplorerData } from '../../../src/explorer/data.js';
import { loadProject } from '../../../src/project.js';
import { buildSite, copyFixture } from './build.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!haveBrowser)('the explorer in headless Chromium', () => {
  let dir: string;
  let browser: Browser;
  let data: ExplorerData;
  let cli: EditionResult;
  const url = (path: string, hash = '') => pathToFileURL(join(dir, 'reports', path)).href + hash;
  beforeAll(async () => {
    dir = await copyFixture();
    // a region name in French only, so the language switch has one to translate
    await mkdir(join(dir, 'indicators/i18n'), { recursive: true });
    await writeFile(join(dir, 'indicators/i18n/fr.csv'), 'key,text\nregion.Americas,Amériques\n');
    const built = await buildSite(dir, ['--lang', 'en,fr,es,ar', '--runs', '40']);
    expect(built.code).toBe(0);
    data = JSON.parse(await readFile(join(dir, 'reports/explorer/data.json'), 'utf8')) as ExplorerData;
    const { dataset } = await loadProject(dir);
    cli = buildIndex(dataset!).editions.at(-1)!;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Opens a page from disk, collecting console errors and failed loads. */
  async function open(path: string, hash = '', options: { javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ bypassCSP: false, ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
    await page.goto(url(path, hash), { waitUntil: 'load' });
    return { page, errors };
  }
  const scores = (page: Page) => page.evaluate(() => (window as unknown as { explorer: { result: () => EditionResult } }).explorer.result());

  it('with the published weights reproduces the CLI score and rank of every country and node, exactly', async () => {
    const { page, errors } = await open('explorer/index.html');
    const browserResult = await scores(page);
    expect(browserResult.countries.length).toBe(cli.countries.length);
    for (const c of cli.countries) {
      const b = browserResult.countries.find((x) => x.iso3 === c.iso3)!;
      expect({ iso3: b.iso3, scores: b.scores, ranks: b.ranks, band: b.band, ranked: b.ranked }).toEqual({ iso3: c.iso3, scores: c.scores, ranks: c.ranks, band: c.band, ranked: c.ranked });
    }
    expect(await page.locator('.xtable tbody tr').count()).toBe(cli.countries.length);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('a rating changed by keyboard re-ranks, goes into the URL, and the URL restores it', async () => {
    const { page, errors } = await open('explorer/index.html');
    const [first, second] = data.dimensions.filter((d) => !d.parent);
    await page.focus(`#w-${first!.id}`);
    await page.keyboard.press('Home'); // first dimension to 0: only the second counts
    await page.waitForFunction((w) => location.hash.includes(w), `w=${first!.id}:0`);
    const hash = await page.evaluate(() => location.hash);
    const reweighted = await scores(page);
    for (const c of reweighted.countries) expect(c.scores.INDEX).toBe(c.scores[second!.id]);
    const again = await open('explorer/index.html', hash);
    expect(await again.page.inputValue(`#w-${first!.id}`)).toBe('0');
    expect((await scores(again.page)).countries.map((c) => [c.iso3, c.ranks.INDEX])).toEqual(reweighted.countries.map((c) => [c.iso3, c.ranks.INDEX]));
    expect([...errors, ...again.errors]).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  }, 60_000);

  /** The library's scores for the latest edition with the given indicator weights, those weighted 0 left out with their answers. */
  async function libraryWith(weights: Record<string, number>): Promise<EditionResult> {
    const { dataset } = await loadProject(dir);
    const indicators = dataset!.indicators.map((i) => (i.id in weights ? { ...i, weight: weights[i.id]! } : i)).filter((i) => i.weight > 0);
    return buildIndex({ ...dataset!, indicators }).editions.at(-1)!;
  }
  const same = (r: EditionResult) => r.countries.map((c) => ({ iso3: c.iso3, scores: c.scores, ranks: c.ranks, band: c.band, ranked: c.ranked }));

  it('an indicator rated by keyboard gives the library\'s scores for that weighting, goes into the URL, and the URL restores it', async () => {
    const { page, errors } = await open('explorer/index.html');
    // LAW's indicators: child_detention_ban (weight 2, rated 3 by default) and judicial_review (weight 1, rated 1.5)
    expect(await page.isVisible('#wi-judicial_review')).toBe(false);
    await page.focus('details[data-of="LAW"] summary');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#wi-judicial_review')).toBe('1.5');
    await page.focus('#wi-judicial_review');
    await page.keyboard.press('End');
    await page.waitForFunction(() => location.hash.includes('i=judicial_review:5'));
    const weighted = await scores(page);
    expect(same(weighted)).toEqual(same(await libraryWith({ child_detention_ban: 3, judicial_review: 5 })));
    expect(same(weighted)).not.toEqual(same(cli));
    // 0 leaves an indicator out, answers and all
    await page.focus('#wi-child_detention_ban');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => location.hash.includes('child_detention_ban:0'));
    const hash = await page.evaluate(() => location.hash);
    const without = await scores(page);
    expect(same(without)).toEqual(same(await libraryWith({ child_detention_ban: 0, judicial_review: 5 })));
    const again = await open('explorer/index.html', hash);
    expect(await again.page.isVisible('#wi-judicial_review')).toBe(true);
    expect(await again.page.inputValue('#wi-judicial_review')).toBe('5');
    expect(await again.page.inputValue('#wi-child_detention_ban')).toBe('0');
    expect(same(await scores(again.page))).toEqual(same(without));
    expect(await again.page.textContent('#status')).toContain(data.languages[0]!.s.custom);
    expect([...errors, ...again.errors]).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  }, 60_000);

  it('after re-weightings and a filter the table, once settled, shows the engine\'s ranking row for row (rows are rewritten in place)', async () => {
    const { page, errors } = await open('explorer/index.html');
    // a short window with the table below it: its rows are out of view, so they are written in later tasks
    await page.setViewportSize({ width: 900, height: 200 });
    const [first, second] = data.dimensions.filter((d) => !d.parent);
    const busy = await page.evaluate((id) => {
      const slider = document.querySelector<HTMLInputElement>(`#w-${id}`)!;
      slider.value = '1.5';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      return document.querySelector('.xtable')!.getAttribute('aria-busy');
    }, first!.id);
    expect(busy).toBe('true');
    await page.focus(`#w-${first!.id}`);
    await page.keyboard.press('ArrowLeft');
    await page.focus(`#w-${second!.id}`);
    await page.keyboard.press('End');
    await page.fill('#q', 'a');
    await page.fill('#q', '');
    await page.evaluate(() => (window as unknown as { explorer: { settled: () => Promise<void> } }).explorer.settled());
    const result = await scores(page);
    const shown = await page.$$eval('.xtable tbody tr', (trs) => (trs as HTMLTableRowElement[]).map((tr) => [tr.getAttribute('data-iso3'), tr.querySelector('a')!.textContent, tr.cells[0]!.textContent, tr.cells[3]!.textContent]));
    expect(shown).toEqual(result.countries.map((c) => [c.iso3, c.name, c.ranked ? String(c.ranks.INDEX) : data.languages[0]!.s.unranked, c.scores.INDEX === null ? '–' : c.scores.INDEX!.toFixed(1)]));
    expect(await page.getAttribute('.xtable', 'aria-busy')).toBe('false');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('bad state in the URL (unknown language, dimension, indicator or country, ratings out of range, garbage) is ignored: defaults, a full page, no errors', async () => {
    const { page, errors } = await open('explorer/index.html');
    for (const hash of [
      '#lang=xx&w=LAW:9,NOPE:1,PRA:abc,LAW:-1&c=ZZZ,,MEX&region=%3Cscript%3E&band=nope',
      '#i=nope:1,judicial_review:9,child_detention_ban:-1,children_detained:1.25,LAW:2',
      '#%E0%A4%A', '#w=LAW:Infinity,PRA:2.25', '#' + 'x'.repeat(5000),
    ]) {
      await page.goto(url('explorer/index.html', hash), { waitUntil: 'load' });
      await page.reload({ waitUntil: 'load' });
      expect(await page.locator('.xtable tbody tr').count()).toBe(cli.countries.length);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.inputValue('#w-LAW')).toBe('3');
      expect(await page.inputValue('#wi-judicial_review')).toBe('1.5');
      expect(await page.inputValue('#wi-children_detained')).toBe('3');
      expect((await scores(page)).countries.map((c) => c.scores.INDEX)).toEqual(cli.countries.map((c) => c.scores.INDEX));
    }
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('speaks all four report languages, Arabic right to left, chosen by button and kept in the URL', async () => {
    const { page, errors } = await open('explorer/index.html');
    for (const l of data.languages) {
      await page.click(`button[data-lang="${l.code}"]`);
      await page.waitForFunction((h) => location.hash === h, `#lang=${l.code}`);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([l.locale, l.dir]);
      expect(await page.textContent('h1')).toBe(l.s.title);
      expect(await page.textContent('details[data-of="LAW"] summary')).toBe(l.s.indicators!.replace('{dimension}', l.nodes.LAW!));
      expect(await page.getAttribute('.xtable tbody a', 'href')).toMatch(new RegExp(`^\\.\\./scorecards/${l.code}/[A-Z]{3}\\.html$`));
      expect(await page.textContent('#region option[value="Americas"]')).toBe(l.code === 'fr' ? 'Amériques' : 'Americas');
    }
    expect(data.languages.map((l) => [l.code, l.dir])).toEqual([['en', 'ltr'], ['fr', 'ltr'], ['es', 'ltr'], ['ar', 'rtl']]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('compares two to four countries side by side, filters by search, and links to scorecards that exist', async () => {
    const { page, errors } = await open('explorer/index.html', '#c=MEX,COL');
    expect(await page.locator('.xcompare thead th').count()).toBe(3);
    expect(await page.locator('.xcompare tbody tr').count()).toBe(1 + data.dimensions.length);
    await page.check('[data-compare="ECU"]');
    expect(await page.locator('.xcompare thead th').count()).toBe(4);
    await page.waitForFunction(() => location.hash.includes('c=MEX,COL,ECU'));
    await page.fill('#q', 'mex');
    expect(await page.locator('.xtable tbody tr').count()).toBe(1);
    const hrefs = await page.$$eval('.xtable a', (as) => as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)));
    expect(hrefs.filter((p) => !existsSync(p))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('marks a rank outside the published plausible range', async () => {
    const { page } = await open('explorer/index.html', '#w=LAW:0');
    const result = await scores(page);
    const outside = result.countries.filter((c) => {
      const p = data.published[c.iso3]!;
      const r = c.ranks.INDEX ?? null;
      return p.low !== null && p.high !== null && r !== null && (r < p.low || r > p.high);
    }).map((c) => c.iso3);
    expect(outside.length).toBeGreaterThan(0);
    const marked = await page.$$eval('.xtable tbody tr:has(.outside)', (trs) => trs.map((tr) => tr.getAttribute('data-iso3')));
    expect(marked).toEqual(outside);
    expect(Object.values(data.published).every((p) => p.low !== null)).toBe(true);
    await page.context().close();
  }, 60_000);

  it('with JavaScript off says it needs JavaScript and links to the static pages, which have no script', async () => {
    const { page } = await open('explorer/index.html', '', { javaScriptEnabled: false });
    expect(await page.isVisible('noscript a[href="../index.html"], #explorer-fallback a[href="../index.html"]')).toBe(true);
    expect(await page.isVisible('#app')).toBe(false);
    await page.context().close();
    expect(await readFile(join(dir, 'reports/index.html'), 'utf8')).not.toContain('<script');
  }, 60_000);

  const pages = [['explorer/index.html', ''], ['explorer/index.html', '#lang=ar&c=MEX,COL&i=judicial_review:4'], ['explorer/index.html', '#lang=fr&i=children_detained:0'], ['index.html', ''], ['ranking/ranking-2024.html', ''], ['scorecards/en/MEX.html', ''], ['scorecards/ar/MEX.html', '']];
  it('axe-core finds no serious or critical violation on the explorer (en, fr, ar) and the static pages', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    for (const [path, hash] of pages) {
      await page.goto(url(path!, hash), { waitUntil: 'load' });
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      found.push(...violations.map((v) => `${path}${hash} ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  }, 120_000);
});
