import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/report/charts/embed.js';
import { rankingBar } from '../../src/report/charts/ranking-bar.js';
import { escapeHtml } from '../../src/report/html/escape.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x">Côte d'Ivoire & co</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Côte d&#39;Ivoire &amp; co&lt;/a&gt;',
    );
    expect(escapeHtml(71.2)).toBe('71.2');
  });
});

describe('embedSnippet', () => {
  const spec = rankingBar([
    { label: 'A <script>', value: 50 },
    { label: `B "quoted" & 'single'`, value: 40 },
  ], { title: 'Scores <2025> & "more"' });

  it('builds a figure with alt text, caption, source and links, every value escaped', () => {
    const html = embedSnippet(spec, {
      pngPath: 'charts/ranking.png?a=1&b=2',
      svgPath: 'charts/ranking.svg',
      csvPath: 'charts/ranking "data".csv',
      source: 'Source: index <2025>',
    });
    expect(html).toMatchInlineSnapshot(`
      "<figure class="chart" id="chart-ranking" style="max-width:1200px">
        <picture>
          <source type="image/svg+xml" srcset="charts/ranking.svg">
          <img src="charts/ranking.png?a=1&amp;b=2" alt="Bar chart ranking 2 countries by overall score, from A &lt;script&gt; (50.0) to B &quot;quoted&quot; &amp; &#39;single&#39; (40.0)." width="1200" height="872" loading="lazy" decoding="async" style="width:100%;height:auto">
        </picture>
        <figcaption>
          <span class="chart-title">Scores &lt;2025&gt; &amp; &quot;more&quot;</span>
          <span class="chart-subtitle">Overall score by country (0–100, higher is better), bars labelled with score and band</span>
          <span class="chart-source">Source: index &lt;2025&gt;</span>
          <span class="chart-links"><a href="charts/ranking.svg">Vector image (SVG)</a> · <a href="charts/ranking &quot;data&quot;.csv">Data (CSV)</a></span>
        </figcaption>
      </figure>"
    `);
    expect(html).not.toMatch(/<script>/);
  });

  it('takes link texts from the catalogue', () => {
    const html = embedSnippet(spec, { pngPath: 'a.png', svgPath: 'a.svg', csvPath: 'a.csv', source: 's' }, {
      strings: { linkSvg: 'Image vectorielle (SVG)', linkCsv: 'Données (CSV)' },
      locale: 'fr',
    });
    expect(html).toContain('>Image vectorielle (SVG)</a>');
    expect(html).toContain('>Données (CSV)</a>');
  });
});
