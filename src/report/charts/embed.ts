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
 * An HTML `<figure>` for a chart: the PNG with the spec's alt text, a caption with the title
 * (the finding), the subtitle, the source line and links to the vector SVG and the data CSV. Every text and attribute value
 * is escaped; `dir="rtl"` is not set here (the page decides).
 */
export function embedSnippet(spec: ChartSpec, links: EmbedLinks, options: EmbedOptions = {}): string {
  const svgLabel = t('linkSvg', {}, options.strings, options.locale);
  const csvLabel = t('linkCsv', {}, options.strings, options.locale);
  return html`<figure class="chart" id="${`chart-${spec.id}`}">
  <img src="${links.pngPath}" alt="${spec.alt}" width="${spec.width}" height="${spec.height}" loading="lazy">
  <figcaption>
    <span class="chart-title">${spec.title}</span>
    <span class="chart-subtitle">${spec.subtitle}</span>
    <span class="chart-source">${links.source}</span>
    <span class="chart-links"><a href="${links.svgPath}">${svgLabel}</a> · <a href="${links.csvPath}">${csvLabel}</a></span>
  </figcaption>
</figure>`.value;
}
