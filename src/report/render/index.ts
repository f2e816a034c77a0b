/** The one chart renderer: ChartSpec → PNG, SVG, PDF, with bundled fonts. */
export { pngScaleFor, renderPng, renderPngAsync, renderSvg, renderPdf, type PngOptions, type PdfOptions } from './chart.js';
export { registerFonts, FONT_FILES } from './fonts.js';
