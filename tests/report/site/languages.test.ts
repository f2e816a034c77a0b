import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../../src/messages/report-ar.js';
import { en } from '../../../src/messages/report-en.js';
import { fr } from '../../../src/messages/report-fr.js';
import { t } from '../../../src/messages/t.js';
import { escapeHtml } from '../../../src/report/html/escape.js';
import { buildSite, copyFixture, snapshotTree } from './build.js';

/** The overview, ranking and chart pages behind the language menus (minimal project, en,fr,ar). */
describe('translated overview, ranking and chart pages', () => {
  let dir: string;
  let out: string;
  const read = (path: string) => readFile(join(out, path), 'utf8');
  beforeAll(async () => {
    dir = await copyFixture();
    out = join(dir, 'reports');
    expect((await buildSite(dir, ['--lang', 'en,fr,ar'])).code).toBe(0);
  }, 120_000);
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('each language has its overview, rankings and charts under its folder, in its words and direction', async () => {
    for (const [code, s, dirAttr] of [['fr', fr, 'ltr'], ['ar', ar, 'rtl']] as const) {
      for (const page of ['index.html', 'ranking/index.html', 'ranking/ranking-2024.html', 'ranking/LAW-2024.html', 'charts/index.html']) {
        const html = await read(`${code}/${page}`);
        expect(html, `${code}/${page}`).toMatch(new RegExp(`<html lang="${code}" dir="${dirAttr}">`));
        expect(html).toContain(`>${escapeHtml(t(s, 'nav.ranking'))}</a>`);
      }
      const home = await read(`${code}/index.html`);
      expect(home).toContain(`<h2>${escapeHtml(t(s, 'ranking.overall'))}</h2>`);
      expect(home).not.toContain(`<h2>${t(en, 'ranking.overall')}</h2>`);
      expect(await read(`${code}/ranking/ranking-2024.html`)).toContain(escapeHtml(t(s, 'table.ranking', { edition: 2024 })));
      expect(await read(`${code}/charts/index.html`)).toContain(`<h1>${escapeHtml(t(s, 'charts.title'))}</h1>`);
    }
  });

  it('the cross-country charts exist in every language, titled in it', async () => {
    for (const chart of ['ranking-2024', 'heatmap-2024', 'change-2018-2024', 'distribution-2024']) {
      const titles = await Promise.all(['charts', 'fr/charts', 'ar/charts'].map(async (d) => /<title id="[^"]+">([^<]*)<\/title>/.exec(await read(`${d}/${chart}.svg`))![1]));
      expect(new Set(titles).size, chart).toBe(3);
      expect(await read(`fr/charts/${chart}.csv`)).not.toBe('');
    }
  });

  it('the language menus lead to these pages, and the navigation of each language stays in it', async () => {
    expect(await read('index.html')).toMatch(/<a href="fr\/index.html" lang="fr" hreflang="fr">Français<\/a><a href="ar\/index.html" lang="ar" hreflang="ar">/);
    const frHome = await read('fr/index.html');
    expect(frHome).toContain('<a href="../index.html" lang="en" hreflang="en">English</a>');
    expect(frHome).toContain('<a href="../ar/index.html" lang="ar"');
    expect(frHome).toContain('href="../scorecards/fr/MEX.html"');
    const card = await read('scorecards/fr/MEX.html');
    expect(card).toContain(`<a href="../../fr/index.html">${escapeHtml(t(fr, 'nav.home'))}</a><a href="../../fr/ranking/index.html">`);
    expect(await read('scorecards/en/MEX.html')).toContain('<a href="../../index.html">');
  });

  it('every relative link and image of every page resolves to a file of the report', async () => {
    const files = [...(await snapshotTree(out)).keys()];
    const broken: string[] = [];
    for (const f of files.filter((p) => p.endsWith('.html') && !p.startsWith('explorer/'))) { // the explorer's links are built by its script
      const html = await read(f);
      for (const m of html.matchAll(/(?:href|src|srcset)="([^"#]+)(?:#[^"]*)?"/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        if (!existsSync(normalize(join(out, dirname(f), target)))) broken.push(`${f} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
