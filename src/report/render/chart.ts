/**
 * THE chart renderer: a `ChartSpec` to PNG, SVG or PDF with @napi-rs/canvas.
 *
 * Print resolution: specs are sized in CSS px (default 1200×800) and PNGs are drawn at
 * `scale` device pixels per CSS px, default 3 → 3600×2400 px. That is ≥ 300 dpi up to a
 * printed width of 12 in (30.5 cm), which covers a full A4 page width (21 cm, 430 dpi) and
 * A4 landscape (29.7 cm). Scale 2 (2400 px) drops to 290 dpi across a full A4 width.
 *
 * Same spec → same bytes: fonts are bundled, animation is off, and nothing reads the clock.
 */
import { createCanvas, PDFDocument, SvgExportFlag, type Canvas, type SKRSContext2D, type SvgCanvas } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration } from 'chart.js';
import type { ChartSpec } from '../charts/types.js';
import { printWidthCm, withPrintResolution } from '../publish/png.js';
import { keepsText, publishSvg } from '../publish/svg.js';
import { registerFonts } from './fonts.js';
import { registerChartJs } from './register.js';

export interface PngOptions {
  /** Device pixels per CSS pixel; default 3 (see the module comment). */
  scale?: number;
}

/**
 * Chart.js sets the text direction of legends through `canvas.style` (a DOM API the napi-rs canvas
 * lacks); give the canvas a minimal `style` that forwards `direction` to the 2D context.
 */
function addStyleShim(canvas: Canvas | SvgCanvas): void {
  const ctx = canvas.getContext('2d');
  const values = new Map<string, [string, string]>();
  Object.defineProperty(canvas, 'style', {
    configurable: true,
    value: {
      getPropertyValue: (name: string) => values.get(name)?.[0] ?? '',
      getPropertyPriority: (name: string) => values.get(name)?.[1] ?? '',
      setProperty: (name: string, value: string, priority = '') => {
        values.set(name, [value, priority]);
        if (name === 'direction') ctx.direction = value === 'rtl' ? 'rtl' : 'ltr';
      },
    },
  });
}

/**
 * Draw `spec` onto `canvas` with Chart.js, read the result with `read`, then release the chart
 * (`Chart#destroy` clears the canvas, so reading must come first).
 */
export function draw<C extends Canvas | SvgCanvas, R>(canvas: C, spec: ChartSpec, devicePixelRatio: number, read: (canvas: C) => R): R {
  const chart = drawChart(canvas, spec, devicePixelRatio);
  try {
    return read(canvas);
  } finally {
    chart.destroy();
  }
}

function drawChart(canvas: Canvas | SvgCanvas, spec: ChartSpec, devicePixelRatio: number): Chart {
  registerFonts();
  registerChartJs();
  addStyleShim(canvas);
  const config = {
    ...spec.config,
    options: { ...spec.config.options, responsive: false, animation: false, devicePixelRatio },
  } as ChartConfiguration;
  return new Chart(canvas as unknown as HTMLCanvasElement, config);
}

/**
 * The same PNG as renderPng, but encoded off the main thread (libuv's pool), so that several
 * charts encode at once on a multi-core machine. Drawing stays on the main thread.
 */
export async function renderPngAsync(spec: ChartSpec, options: PngOptions = {}): Promise<Buffer> {
  const scale = options.scale ?? 3;
  if (!(scale > 0)) throw new Error(`scale must be a positive number, got ${String(options.scale)}`);
  const canvas = createCanvas(spec.width, spec.height);
  const chart = drawChart(canvas, spec, scale);
  try {
    return withPrintResolution(await canvas.encode('png'), spec);
  } finally {
    chart.destroy();
  }
}

/** Largest PNG the print policy produces, in pixels (keeps tall charts of 200 countries tractable). */
export const MAX_PNG_PIXELS = 24_000_000;

/**
 * The PNG scale for print: at least 300 dpi at the chart's intended printed width — a full A4
 * landscape text width (27 cm) for charts 1000 CSS px wide or more, half of that (13.5 cm) for
 * smaller ones such as the radar — so 1200 px wide → 3190 px, 800 px radar → 1595 px, capped at
 * MAX_PNG_PIXELS, never below 1. A fixed `override` (e.g. --png-scale) wins.
 * @example pngScaleFor({ width: 1200, height: 800 }) // 2.6583…
 */
export function pngScaleFor(spec: { width: number; height: number }, override?: number): number {
  if (override !== undefined) return override;
  const cm = printWidthCm(spec);
  const wanted = Math.ceil((300 * cm) / 2.54) / spec.width;
  const cap = Math.sqrt(MAX_PNG_PIXELS / (spec.width * spec.height));
  return Math.max(1, Math.min(wanted, cap));
}

/** PNG of `spec`, `floor(width·scale) × floor(height·scale)` pixels, its print resolution in a pHYs chunk. */
export function renderPng(spec: ChartSpec, options: PngOptions = {}): Buffer {
  const scale = options.scale ?? 3;
  if (!(scale > 0)) throw new Error(`scale must be a positive number, got ${String(options.scale)}`);
  // Created at CSS size: Chart.js itself enlarges the canvas to floor(size × devicePixelRatio).
  const canvas = createCanvas(spec.width, spec.height);
  return withPrintResolution(draw(canvas, spec, scale, (c) => c.toBuffer('image/png')), spec);
}

/**
 * Vector SVG of `spec` with a `viewBox` added so it scales with CSS `width: 100%`, its title and
 * alt text as `<title>`/`<desc>` (publish/svg.ts). Text stays `<text>` in the embedded bundled
 * font, except in charts with right-to-left text, whose words become outlines (Arabic stays shaped).
 */
export function renderSvg(spec: ChartSpec): string {
  const text = keepsText(spec);
  const canvas = createCanvas(spec.width, spec.height, text ? SvgExportFlag.NoPrettyXML : SvgExportFlag.ConvertTextToPaths);
  const svg = draw(canvas, spec, 1, (c) => c.getContent().toString('utf8'));
  return publishSvg(addViewBox(renumberSvgIds(svg), spec.width, spec.height), spec, text);
}

/**
 * Skia numbers SVG ids (`cl_7`, `cl_a` for clip paths, …) from a process-wide counter, so the same
 * chart drawn twice differs. Renumber every `prefix_N` id (N in hex) from 1 in order of appearance,
 * with its `url(#…)` and `href="#…"` references, so output depends on the spec alone.
 */
export function renumberSvgIds(svg: string): string {
  const ids = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const match of svg.matchAll(/\sid="([A-Za-z]+)_([0-9A-Za-z]+)"/g)) {
    const [, prefix = '', number = ''] = match;
    const id = `${prefix}_${number}`;
    if (ids.has(id)) continue;
    const next = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, next);
    ids.set(id, `${prefix}_${next}`);
  }
  if (ids.size === 0) return svg;
  return svg.replace(/(\sid="|url\(#|href="#)([A-Za-z]+_[0-9A-Za-z]+)(?=[")])/g, (whole, lead: string, id: string) => {
    const renamed = ids.get(id);
    return renamed === undefined ? whole : `${lead}${renamed}`;
  });
}

/** Add `viewBox="0 0 w h"` to the root `<svg>` element unless it has one. */
export function addViewBox(svg: string, width: number, height: number): string {
  return svg.replace(/<svg\b([^>]*)>/, (whole, attrs: string) =>
    /\sviewBox=/.test(attrs) ? whole : `<svg${attrs} viewBox="0 0 ${width} ${height}">`,
  );
}

export interface PdfOptions {
  /** Document title in the PDF metadata. */
  title?: string;
}

/**
 * A PDF with one page per spec, each page the chart's size in points (1 CSS px = 1 pt, i.e.
 * 1200×800 CSS px → 16.7×11.1 in), drawn as vectors with fonts embedded.
 */
export function renderPdf(specs: readonly ChartSpec[], options: PdfOptions = {}): Buffer {
  const doc = new PDFDocument({ title: options.title ?? specs[0]?.title ?? 'charts', creator: 'policy-index' });
  for (const spec of specs) {
    const canvas = createCanvas(spec.width, spec.height);
    const page = doc.beginPage(spec.width, spec.height) as unknown as SKRSContext2D;
    draw(canvas, spec, 1, (c) => page.drawCanvas(c, 0, 0, spec.width, spec.height));
    doc.endPage();
  }
  return doc.close();
}
