import { describe, expect, it } from 'vitest';
import { resolveInside, contentType } from '../../src/preview/static.js';
import { ignored } from '../../src/preview/watch.js';
import { LIVE_SCRIPT, liveScript, withLiveScript } from '../../src/preview/live.js';
import { serveText } from '../../src/messages/serve.js';

const ROOT = '/tmp/site';

describe('the preview serves only files inside the report', () => {
  it.each([
    ['/', '/tmp/site/index.html'],
    ['/ranking/', '/tmp/site/ranking/index.html'],
    ['/scorecards/en/MEX.html?x=1#top', '/tmp/site/scorecards/en/MEX.html'],
    ['/charts/ranking%202024.svg', '/tmp/site/charts/ranking 2024.svg'],
    ['/./a/./b.png', '/tmp/site/a/b.png'],
  ])('%s → %s', (url, file) => expect(resolveInside(ROOT, url)).toBe(file));

  it.each(['/../etc/passwd', '/a/../../etc/passwd', '/%2e%2e/etc/passwd', '/a/%2E%2E/%2e%2e/x', '/a%5c..%5cx', '/a%00.html', '/%E0%A4%A', 'relative.html'])(
    'refuses %s', (url) => expect(resolveInside(ROOT, url)).toBeNull());

  it('names the content types browsers need', () => {
    expect(contentType('a/b.SVG')).toBe('image/svg+xml');
    expect(contentType('a.html')).toBe('text/html; charset=utf-8');
    expect(contentType('a.unknown')).toBe('application/octet-stream');
  });
});

describe('only saved inputs start a rebuild', () => {
  it.each(['MEX.csv', 'methodology.json', 'fr.CSV'])('%s is an input', (n) => expect(ignored(n)).toBe(false));
  it.each(['.MEX.csv.swp', 'MEX.csv~', '4913', 'sedAb12Cd', 'MEX.csv.bak', 'MEX.csv.bak.2', '.countries.csv.lock', 'notes.txt'])('%s is not', (n) => expect(ignored(n)).toBe(true));
});

describe('the live script', () => {
  const page = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'; base-uri 'none'"><title>t</title></head><body></body></html>`;

  it('is added to a page whose policy allowed no script, allowing only the preview\'s own', () => {
    const served = withLiveScript(page);
    expect(served).toContain(`content="script-src 'self'; object-src 'none'; base-uri 'none'"`);
    expect(served).toContain(`<script src="${LIVE_SCRIPT}" defer></script></head>`);
    expect(served).not.toContain("'none'; object-src 'none'; base-uri 'none'\"><script");
  });

  it("keeps a page's own script sources (the explorer's) and adds the preview's", () => {
    const explorer = page.replace("script-src 'none'", "script-src 'sha256-abc='");
    expect(withLiveScript(explorer)).toContain(`script-src 'self' 'sha256-abc='; object-src 'none'`);
  });

  it('adds a script-src where the page has a policy without one', () => {
    expect(withLiveScript(page.replace("script-src 'none'; ", ''))).toContain(`content="object-src 'none'; base-uri 'none'; script-src 'self'"`);
  });

  it('carries its words from the catalogue and builds the overlay from text, never HTML', () => {
    const js = liveScript();
    expect(js).toContain(JSON.stringify(serveText.page.problemsTitle));
    expect(js).toContain('textContent');
    expect(js).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });
});
