import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, snapshotTree } from './build.js';
import { EXPLORER_SCRIPT } from '../../../src/report/explorer/bundle.generated.js';

/**
 * Hostile content that validation accepts (it is text) must come out of every report format
 * harmless: escaped in HTML, inert in Markdown, neutralised in CSV.
 */
describe('hostile text in the data reaches the report only as text', () => {
  let dir: string;
  let files: Map<string, Buffer>;
  const SCRIPT = '<script>alert("x")</script>';
  const IMG = '<img src=x onerror=alert(1)>';
  /** Markdown that would make a live link and image if written unescaped (issue 17). */
  const LINK = '[click](https://evil.test)';
  const PICTURE = '![x](https://evil.test/p.png)';
  beforeAll(async () => {
    dir = await copyFixture();
    const countries = join(dir, 'countries/countries.csv');
    await writeFile(countries, (await readFile(countries, 'utf8')).replace('MEX,Mexico,', `MEX,"Mexico ${IMG} ${LINK}",`));
    const dimensions = join(dir, 'indicators/dimensions.csv');
    await writeFile(dimensions, (await readFile(dimensions, 'utf8')).replace('LAW,Legal framework,', `LAW,Legal framework ${PICTURE} *bold* _em_ \`code\`,`));
    // every answered row of Mexico gets a hostile justification and source title
    const mex = join(dir, 'countries/MEX.csv');
    const { data, meta } = Papa.parse<Record<string, string>>(await readFile(mex, 'utf8'), { header: true, skipEmptyLines: true });
    for (const row of data) {
      if (!row.answer) continue;
      row.justification = `${SCRIPT} =HYPERLINK("http://evil")`;
      row.source = '@SUM(1+1) [click](javascript:alert(1))';
    }
    await writeFile(mex, Papa.unparse(data, { columns: meta.fields }));
    const { code, stderr } = await buildSite(dir, ['--lang', 'en,ar']);
    expect(stderr).toMatch(/^wrote/);
    expect(code).toBe(0);
    files = await snapshotTree(join(dir, 'reports'));
  }, 120_000);
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  const ofType = (ext: string) => [...files].filter(([k]) => k.endsWith(ext)).map(([k, v]) => [k, v.toString('utf8')] as const);

  it('HTML pages carry no markup from the data, only its escaped text', () => {
    const pages = ofType('.html');
    expect(pages.length).toBeGreaterThan(10);
    for (const [path, page] of pages) {
      const html = path === 'explorer/index.html' ? withoutExplorerScripts(page) : page;
      expect(html, path).not.toContain('<script');
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).not.toMatch(/href="javascript:/i);
    }
    const card = pages.find(([k]) => k === 'scorecards/en/MEX.html')![1];
    expect(card).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(card).toContain('Mexico &lt;img src=x onerror=alert(1)&gt;');
  });

  /** The explorer page less its two own script elements: the data (JSON with no `<` in it at all) and the bundled script. */
  function withoutExplorerScripts(page: string): string {
    const data = /<script type="application\/json" id="explorer-data">[^<]*<\/script>/.exec(page);
    expect(data, 'explorer data: inert JSON, every < escaped').not.toBeNull();
    expect(page).toContain(`<script>${EXPLORER_SCRIPT}</script>`);
    return page.replace(data![0], '').replace(`<script>${EXPLORER_SCRIPT}</script>`, '');
  }

  it('Markdown scorecards escape the data so that no link or HTML is made from it', () => {
    const md = ofType('.md').find(([k]) => k === 'scorecards/en/MEX.md')![1];
    expect(md).not.toContain('<script');
    // an unescaped ] before (javascript: would make a link; the escaped \] does not
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).toContain('\\[click\\](javascript:');
    expect(md).toContain('&lt;script&gt;');
  });

  it('every Markdown file (rankings, scorecards, evidence, audit) shows links and images in names as text', () => {
    const mds = ofType('.md');
    expect(mds.map(([k]) => k)).toEqual(expect.arrayContaining(['ranking/ranking-2024.md', 'ranking/LAW-2024.md', 'scorecards/en/MEX.md', 'scorecards/ar/MEX.md']));
    for (const [path, md] of mds) {
      expect(md, path).not.toMatch(/(?<!\\)\]\((https:\/\/evil|javascript:)/);
      expect(md, path).not.toMatch(/<img|(?<!\\)\*bold|(?<!\\)_em|(?<!\\)`code/);
    }
    const ranking = mds.find(([k]) => k === 'ranking/ranking-2024.md')![1];
    expect(ranking).toContain('Mexico &lt;img src=x onerror=alert(1)&gt; \\[click\\](https://evil.test)');
    expect(ranking).toContain('Legal framework !\\[x\\](https://evil.test/p.png) \\*bold\\* \\_em\\_ \\`code\\`');
  });

  it('CSV exports neutralise formula prefixes with an apostrophe', () => {
    for (const [path, csv] of ofType('.csv')) {
      for (const field of csv.split(/[,\n]/)) expect(field.replace(/^"/, ''), path).not.toMatch(/^[=+@]/);
    }
    const ranking = ofType('.csv').find(([k]) => k === 'ranking/ranking-2024.csv')![1];
    expect(ranking).toContain('Mexico <img src=x onerror=alert(1)>');
  });
});
