import { serveText } from '../messages/serve.js';

/** Where the page finds the preview's own script and event stream. */
export const LIVE_SCRIPT = '/__policy-index/live.js';
export const LIVE_EVENTS = '/__policy-index/events';

/**
 * An HTML page of the report as the preview serves it: with the live script, and with the page's
 * Content-Security-Policy allowing scripts from the preview itself (the report's own pages allow
 * none). The file on disk is not changed.
 */
export function withLiveScript(html: string): string {
  const csp = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i, (_m, a: string, policy: string, z: string) => {
    const rules = policy.split(';').map((r) => r.trim()).filter(Boolean);
    const i = rules.findIndex((r) => r.startsWith('script-src'));
    const script = i < 0 ? "script-src 'self'" : rules[i]!.replace(/'none'\s*/, '').replace(/^script-src\b/, "script-src 'self'").trim();
    if (i < 0) rules.push(script); else rules[i] = script;
    return `${a}${rules.join('; ')}${z}`;
  });
  const tag = `<script src="${LIVE_SCRIPT}" defer></script>`;
  return /<\/head>/i.test(csp) ? csp.replace(/<\/head>/i, `${tag}</head>`) : `${tag}${csp}`;
}

/**
 * The script the preview adds to every page: listens to the event stream, reloads after a
 * rebuild, and shows problems in an overlay built from text nodes (never parsed as HTML).
 */
export function liveScript(): string {
  const words = JSON.stringify(serveText.page).replace(/</g, '\\u003c');
  return `(() => {
  'use strict';
  const T = ${words};
  let box = null;
  const close = () => { if (box) { box.remove(); box = null; } };
  const show = (title, lines, tone) => {
    close();
    box = document.createElement('section');
    box.setAttribute('role', tone === 'info' ? 'status' : 'alert');
    box.setAttribute('dir', 'ltr');
    box.id = 'policy-index-preview';
    box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.25rem;font:14px/1.45 system-ui,sans-serif;color:#1a1a1a;background:' + (tone === 'info' ? '#eef4ff' : '#fff4f2') + ';border-top:4px solid ' + (tone === 'info' ? '#1d4ed8' : '#b42318') + ';box-shadow:0 -2px 12px rgba(0,0,0,.2)';
    const h = document.createElement('h2');
    h.style.cssText = 'margin:0 0 .5rem;font-size:16px';
    h.textContent = title;
    box.append(h);
    if (lines.length > 0) {
      const pre = document.createElement('pre');
      pre.style.cssText = 'white-space:pre-wrap;margin:0 0 .5rem;font:13px/1.4 ui-monospace,monospace';
      pre.textContent = lines.join('\\n');
      box.append(pre);
    }
    if (tone !== 'info') {
      const p = document.createElement('p');
      p.style.margin = '0';
      p.textContent = T.keep;
      box.append(p);
    }
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = T.dismiss;
    b.style.cssText = 'position:absolute;top:.75rem;right:1rem';
    b.addEventListener('click', close);
    box.append(b);
    document.body.append(box);
  };
  const events = new EventSource(${JSON.stringify(LIVE_EVENTS)});
  let seen = null;
  events.addEventListener('hello', (e) => { document.documentElement.dataset.preview = 'connected'; const g = JSON.parse(e.data).generation; if (seen !== null && g !== seen) location.reload(); seen = g; });
  events.addEventListener('building', () => show(T.building, [], 'info'));
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('ok', close);
  events.addEventListener('problems', (e) => { const d = JSON.parse(e.data); show(d.kind === 'data' ? T.problemsTitle : T.failedTitle, d.lines, 'error'); });
  events.addEventListener('error', () => { if (events.readyState === EventSource.CONNECTING) show(T.lost, [], 'info'); });
  events.addEventListener('open', () => { if (box && box.getAttribute('role') === 'status') close(); });
})();
`;
}
