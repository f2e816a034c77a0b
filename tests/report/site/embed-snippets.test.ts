import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngChunks } from '../../../src/lib/png-chunks.js';
import { cliText } from '../../../src/messages/cli.js';
import { buildSite, copyFixture } from './build.js';

/** The embed snippets beside the charts of the minimal project, published at a base URL. */
describe('chart embed snippets a publisher can paste', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await copyFixture();
    const { code } = await buildSite(dir, ['--lang', 'en', '--base-url', 'https://example.org/index']);
    expect(code).toBe(0);
  }, 120_000);
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('point at the base URL (given a final "/"): SVG offered first, PNG fallback, both absolute', async () => {
    const snippet = await readFile(join(dir, 'reports/charts/ranking-2024.html'), 'utf8');
    expect(snippet).toContain('<source type="image/svg+xml" srcset="https://example.org/index/charts/ranking-2024.svg">');
    expect(snippet).toContain('<img src="https://example.org/index/charts/ranking-2024.png"');
    expect(snippet).toContain('href="https://example.org/index/charts/ranking-2024.csv"');
    expect(snippet).not.toMatch(/(src|srcset|href)="\.\.?\//);
  });

  it('are fluid: width and height for the aspect ratio, width:100% capped at the chart width, alt text', async () => {
    const snippet = await readFile(join(dir, 'reports/charts/ranking-2024.html'), 'utf8');
    const svg = await readFile(join(dir, 'reports/charts/ranking-2024.svg'), 'utf8');
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
    expect(snippet).toMatch(new RegExp(`<figure class="chart" id="chart-ranking-2024" style="max-width:${w}px">`));
    expect(snippet).toMatch(new RegExp(`<img [^>]*alt="[^"]{20,}" width="${w}" height="${h}" [^>]*style="width:100%;height:auto">`));
  });

  it('the site’s own pages keep relative paths', async () => {
    const gallery = await readFile(join(dir, 'reports/charts/index.html'), 'utf8');
    expect(gallery).toContain('srcset="../charts/ranking-2024.svg"');
    expect(gallery).not.toContain('example.org');
  });

  it('every PNG written has its pHYs, every SVG its <title> first', async () => {
    for (const chart of ['ranking-2024', 'heatmap-2024', 'radar-MEX-2024']) {
      expect(pngChunks(await readFile(join(dir, `reports/charts/${chart}.png`))).map((c) => c.type)).toContain('pHYs');
      expect(await readFile(join(dir, `reports/charts/${chart}.svg`), 'utf8')).toMatch(/^<\?xml[^>]*\?><svg [^>]*role="img"[^>]*><title id="[^"]+">/);
    }
  });

  it('refuses a base URL that is not an absolute http(s) address, with exit code 2', async () => {
    for (const bad of ['example.org/x', 'javascript:alert(1)', 'https://example.org/?q=1']) {
      const r = await buildSite(dir, ['--base-url', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(cliText.badBaseUrl(bad));
    }
  });
});
