import { createHash } from 'node:crypto';
import type { ExplorerData } from '../../explorer/data.js';
import type { Language } from '../../messages/languages.js';
import { t } from '../../messages/t.js';
import { html, raw } from '../html/html.js';

/** JSON that is safe inside a `<script>` element (no `</script>`, no `<!--`). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The explorer page: the data as inert JSON, the bundled script inline (so it runs opened from
 * disk), allowed by its hash and nothing else. Without JavaScript the page says so and links
 * to the static pages.
 */
export function explorerPage(data: ExplorerData, script: string, l: Language): string {
  const hash = createHash('sha256').update(script).digest('base64');
  const s = l.strings;
  const csp = `script-src 'sha256-${hash}'; object-src 'none'; base-uri 'none'; form-action 'none'`;
  return html`<!DOCTYPE html>
<html lang="${l.locale}" dir="${l.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${t(s, 'explorer.title')}</title>
<link rel="stylesheet" href="../assets/style.css">
</head>
<body>
<header class="site"><nav><a href="../index.html">${t(s, 'nav.home')}</a><a href="../ranking/index.html">${t(s, 'nav.ranking')}</a><a href="../charts/index.html">${t(s, 'nav.charts')}</a></nav></header>
<main>
<div id="explorer-fallback"><noscript><h1>${t(s, 'explorer.title')}</h1><p>${t(s, 'explorer.noscript')} <a href="../index.html">${t(s, 'nav.home')}</a> · <a href="../ranking/index.html">${t(s, 'nav.ranking')}</a></p></noscript></div>
<div id="app" hidden></div>
</main>
<script type="application/json" id="explorer-data">${raw(scriptJson(data))}</script>
<script>${raw(script)}</script>
</body>
</html>
`.value;
}
