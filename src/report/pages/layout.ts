import { html, raw, type SafeHtml } from '../html/html.js';

export interface PageOptions {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** Relative path from this page to the report root, e.g. '../../' (empty at the root). */
  root: string;
  nav: { home: string; ranking: string; charts: string };
  /**
   * Where this language's overview, ranking and chart pages live, from the report root: '' for
   * the primary language, 'fr/' for French, … The navigation leads there.
   */
  home?: string;
  body: SafeHtml;
}

/** A complete HTML page of the report site: works opened straight from disk, no scripts. */
export function page(o: PageOptions): string {
  const doc = html`<!DOCTYPE html>
<html lang="${o.lang}" dir="${o.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'">
<title>${o.title}</title>
<link rel="stylesheet" href="${o.root}assets/style.css">
</head>
<body>
<header class="site"><nav><a href="${`${o.root}${o.home ?? ''}index.html`}">${o.nav.home}</a><a href="${`${o.root}${o.home ?? ''}ranking/index.html`}">${o.nav.ranking}</a><a href="${`${o.root}${o.home ?? ''}charts/index.html`}">${o.nav.charts}</a></nav></header>
<main>
${o.body}
</main>
</body>
</html>
`;
  return doc.value;
}

export { raw };
