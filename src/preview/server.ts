import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serveText } from '../messages/serve.js';
import { escapeHtml } from '../report/html/escape.js';
import { contentType, resolveInside } from './static.js';
import { LIVE_EVENTS, LIVE_SCRIPT, liveScript, withLiveScript } from './live.js';

/** What the page is told when it connects: which build it shows, and any problems standing. */
export interface PreviewState {
  /** Successful builds so far; 0 while the first is being made. */
  generation: number;
  building: boolean;
  problems: { kind: 'data' | 'build'; lines: string[] } | null;
}

export interface PreviewServer {
  url: string;
  port: number;
  /** Sends an event to every open page. */
  broadcast: (event: 'building' | 'reload' | 'ok' | 'problems', data?: unknown) => void;
  close: () => Promise<void>;
}

/**
 * Serves the report folder `root` on 127.0.0.1 only, adding the live script to its pages, and an
 * event stream (server-sent events) through which the pages learn of rebuilds and problems.
 * Requests addressed to another host name are refused, so a web page elsewhere cannot reach the
 * preview through DNS rebinding.
 */
export async function startServer(root: string, port: number, state: () => PreviewState): Promise<PreviewServer> {
  const streams = new Set<ServerResponse>();
  const script = liveScript();
  let hosts: string[] = [];

  const send = (res: ServerResponse, event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data ?? {})}\n\n`);
  const page = (res: ServerResponse, status: number, title: string, text: string) => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main></body></html>`;
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(withLiveScript(html));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hosts.includes((req.headers.host ?? '').toLowerCase())) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end(serveText.forbiddenHost);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === LIVE_SCRIPT) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(script);
      return;
    }
    if (path === LIVE_EVENTS) {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write('retry: 1000\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      const s = state();
      send(res, 'hello', { generation: s.generation });
      if (s.building) send(res, 'building', {});
      if (s.problems) send(res, 'problems', s.problems);
      return;
    }
    if (state().generation === 0) return page(res, 503, serveText.waitingTitle, serveText.waiting);
    const file = resolveInside(root, path);
    const info = file ? await stat(file).catch(() => null) : null;
    if (file && info?.isDirectory()) {
      res.writeHead(302, { location: `${path}/` }).end();
      return;
    }
    if ((!file || !info?.isFile()) && path === '/favicon.ico') {
      res.writeHead(204).end(); // browsers ask for one; the report has none
      return;
    }
    if (!file || !info?.isFile()) return page(res, 404, serveText.waitingTitle, serveText.notFound(path));
    const bytes = await readFile(file);
    const type = contentType(file);
    const body = type.startsWith('text/html') ? withLiveScript(bytes.toString('utf8')) : bytes;
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => { if (!res.headersSent) res.writeHead(500); res.end(); });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => { server.off('error', fail); ok(); });
  });
  const actual = (server.address() as AddressInfo).port;
  hosts = [`127.0.0.1:${actual}`, `localhost:${actual}`];
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    broadcast: (event, data) => { for (const res of streams) send(res, event, data); },
    close: () => new Promise<void>((ok) => {
      for (const res of streams) res.end();
      streams.clear();
      server.close(() => ok());
      server.closeAllConnections();
    }),
  };
}
