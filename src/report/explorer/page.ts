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
 * The explorer's own styles. The ranking table has fixed column widths, so a change of scores
 * re-lays out the rows it touches without measuring every cell of every column first; it
 * scrolls sideways in its box on a narrow screen. The score bars are drawn in CSS.
 */
const EXPLORER_STYLE = `.xscroll { overflow-x: auto; }
.xtable { table-layout: fixed; min-inline-size: 46rem; } .xtable caption { text-align: start; font-weight: 700; padding-block: 4px; }
.xtable .c-rank { inline-size: 5.5rem; } .xtable .c-move { inline-size: 7rem; } .xtable .c-score { inline-size: 5.5rem; } .xtable .c-bar { inline-size: 6rem; }
.xtable .c-band { inline-size: 6.5rem; } .xtable .c-range { inline-size: 8.5rem; } .xtable .c-compare { inline-size: 5rem; }
.xtable td, .xtable th { overflow-wrap: anywhere; }
.xbar { display: block; block-size: 0.8em; margin-block-start: 0.35em; background: var(--soft); }
.xbar > span { display: block; block-size: 100%; background: var(--accent); }
.xtable .up { color: #00683c; } .xtable .down { color: #a3280f; } .xtable .outside { color: #a3280f; font-weight: 700; }
.xw, .xf { margin: 6px 0; } .xi { margin-inline-start: 1.5rem; } .xi summary { cursor: pointer; color: var(--accent); } .xw input[type=range] { vertical-align: middle; inline-size: min(16rem, 60%); }
.langs button { margin-inline-end: 4px; }`;

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
<style>${raw(EXPLORER_STYLE)}</style>
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
