import { html } from '../html/html.js';
import { t, type ChartStrings } from './strings.js';
import type { ChartSpec } from './types.js';

export interface EmbedLinks {
  /** Paths or URLs, relative to the HTML page that will hold the figure. */
  pngPath: string;
  svgPath: string;
  csvPath: string;
  /** Source line, e.g. "Source: Child Detention Index 2025, edition of 1 March 2025." */
  source: string;
}

export interface EmbedOptions {
  /** Catalogue for the link texts (`linkSvg`, `linkCsv`); English by default. */
  strings?: Partial<ChartStrings>;
  locale?: string;
}

/**
 * An HTML `<figure>` for a chart that fits any column: a `<picture>` offering the vector SVG
 * first (sharp at any size, words as text) with the PNG as the fallback `<img>`, its alt text,
 * width and height (so the browser reserves the chart's aspect ratio before it loads) and inline
 * `width:100%;height:auto` capped at the chart's CSS width, so it shrinks with the page and
 * needs no stylesheet; then a caption with the title (the finding), the subtitle, the source line
 * and links to the SVG and the data CSV. Without a PNG the SVG is the `<img>`. Every text and
 * attribute value is escaped; `dir="rtl"` is not set here (the page decides).
 */
export function embedSnippet(spec: ChartSpec, links: EmbedLinks, options: EmbedOptions = {}): string {
  const svgLabel = t('linkSvg', {}, options.strings, options.locale);
  const csvLabel = t('linkCsv', {}, options.strings, options.locale);
  const img = html`<img src="${links.pngPath}" alt="${spec.alt}" width="${spec.width}" height="${spec.height}" loading="lazy" decoding="async" style="width:100%;height:auto">`;
  const image = links.pngPath === links.svgPath ? img : html`<picture>
    <source type="image/svg+xml" srcset="${links.svgPath}">
    ${img}
  </picture>`;
  return html`<figure class="chart" id="${`chart-${spec.id}`}" style="${`max-width:${spec.width}px`}">
  ${image}
  <figcaption>
    <span class="chart-title">${spec.title}</span>
    <span class="chart-subtitle">${spec.subtitle}</span>
    <span class="chart-source">${links.source}</span>
    <span class="chart-links"><a href="${links.svgPath}">${svgLabel}</a> · <a href="${links.csvPath}">${csvLabel}</a></span>
  </figcaption>
</figure>`.value;
}
