import { request, get, type IncomingMessage } from 'node:http';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type BuildOutcome, type Preview } from '../../src/preview/session.js';
import { LIVE_EVENTS, LIVE_SCRIPT } from '../../src/preview/live.js';
import { serveText } from '../../src/messages/serve.js';
import { buildSite, copyFixture, snapshotTree } from '../report/site/build.js';

/** A GET (or other method) with an explicit Host header and a raw path (no client-side normalising). */
function fetchRaw(url: string, path: string, o: { host?: string; method?: string } = {}): Promise<{ status: number; type: string; body: string }> {
  const u = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method: o.method ?? 'GET', headers: { host: o.host ?? u.host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => { body += c; }).on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', fail).end();
  });
}

/** Collects the server-sent events of the page's stream. */
function listen(url: string): Promise<{ events: { event: string; data: unknown }[]; stop: () => void }> {
  return new Promise((ok, fail) => {
    const events: { event: string; data: unknown }[] = [];
    get(new URL(LIVE_EVENTS, url), (res: IncomingMessage) => {
      let buffer = '';
      res.setEncoding('utf8').on('data', (c: string) => {
        buffer += c;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) events.push({ event, data: data ? JSON.parse(data) : null });
        }
      });
      ok({ events, stop: () => res.destroy() });
    }).on('error', fail);
  });
}

const until = async (what: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('policy-index serve: the preview loop', () => {
  let dir: string;
  let out: string;
  let preview: Preview;
  const outcomes: BuildOutcome[] = [];
  const log: string[] = [];
  const run = { codes: ['en'], pngScale: 1, runs: 0 };

  beforeAll(async () => {
    dir = await copyFixture();
    out = join(dir, 'preview');
    preview = await startPreview({ dir, out, port: 0, run, guard: { project: dir, cwd: dir }, log: (l) => log.push(l), onBuild: (b) => outcomes.push(b), settleMs: 50 });
    await until(() => outcomes.length === 1);
  }, 120_000);
  afterAll(async () => {
    await preview?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('builds the report and serves its pages with the live script, on 127.0.0.1', async () => {
    expect(outcomes[0]).toMatchObject({ ok: true });
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const home = await fetchRaw(preview.url, '/');
    expect(home.status).toBe(200);
    expect(home.body).toContain(`<script src="${LIVE_SCRIPT}" defer></script>`);
    expect(home.body).toContain("script-src 'self'");
    // the file on disk is the report's own page, with no script
    expect(await readFile(join(out, 'index.html'), 'utf8')).not.toContain(LIVE_SCRIPT);
    const script = await fetchRaw(preview.url, LIVE_SCRIPT);
    expect(script.status).toBe(200);
    expect(script.type).toContain('text/javascript');
    const svg = await fetchRaw(preview.url, '/charts/');
    expect(svg.status).toBe(200);
  });

  it('refuses other host names, paths out of the folder and other methods', async () => {
    expect((await fetchRaw(preview.url, '/', { host: 'attacker.example:80' })).status).toBe(403);
    expect((await fetchRaw(preview.url, '/../../../etc/passwd')).status).toBe(404);
    expect((await fetchRaw(preview.url, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await fetchRaw(preview.url, '/', { method: 'POST' })).status).toBe(405);
    const missing = await fetchRaw(preview.url, '/scorecards/fr/MEX.html');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('serve --lang');
  });

  it('shows a broken edit in the page and the terminal, keeps the last good report, and rebuilds when fixed', async () => {
    const stream = await listen(preview.url);
    await until(() => stream.events.some((e) => e.event === 'hello'));
    const before = await snapshotTree(out);
    const file = join(dir, 'countries/MEX.csv');
    const good = await readFile(file, 'utf8');
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.includes(',2024,'));
    const cells = lines[at]!.split(',');
    cells[2] = 'yess';
    lines[at] = cells.join(',');
    await writeFile(file, lines.join('\n'));
    await until(() => outcomes.length === 2);
    const broken = outcomes[1]!;
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.kind).toBe('data');
    expect(broken.lines.join('\n')).toContain(`countries/MEX.csv:${at + 1}: [answer] answer "yess"`);
    await until(() => stream.events.some((e) => e.event === 'problems'));
    expect(stream.events.find((e) => e.event === 'problems')?.data).toEqual({ kind: 'data', lines: broken.lines });
    expect(log).toContain(serveText.failed(1));
    // the last good report is untouched and still served
    expect(await snapshotTree(out)).toEqual(before);
    expect((await fetchRaw(preview.url, '/')).status).toBe(200);

    // a page opened now learns of the problem at once
    const late = await listen(preview.url);
    await until(() => late.events.some((e) => e.event === 'problems'));
    late.stop();

    await writeFile(file, good.replace('The 2020 reform', 'The reform of 2020'));
    await until(() => outcomes.length === 3);
    const fixed = outcomes[2]!;
    expect(fixed).toMatchObject({ ok: true });
    if (!fixed.ok) return;
    expect(fixed.reused).toBeGreaterThan(0);
    await until(() => stream.events.some((e) => e.event === 'reload'));
    stream.stop();
  }, 120_000);

  it('builds the same bytes as `report` with the same settings', async () => {
    expect((await buildSite(dir, ['--lang', 'en'])).code).toBe(0);
    const a = await snapshotTree(out);
    const b = await snapshotTree(join(dir, 'reports'));
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect([...a].filter(([k, v]) => !v.equals(b.get(k)!)).map(([k]) => k)).toEqual([]);
  }, 120_000);

  it('ignores editor droppings and backups', async () => {
    const n = outcomes.length;
    await writeFile(join(dir, 'countries/.MEX.csv.swp'), 'x');
    await writeFile(join(dir, 'countries/MEX.csv.bak'), 'x');
    await new Promise((r) => setTimeout(r, 400));
    expect(outcomes.length).toBe(n);
  });
});
