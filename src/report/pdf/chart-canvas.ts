import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration } from 'chart.js';
import type { ChartSpec } from '../charts/types.js';
import { registerFonts } from '../render/fonts.js';
import { registerChartJs } from '../render/register.js';

/**
 * Draw `spec` with Chart.js on a canvas `width` CSS px wide (height kept in the spec's
 * proportion) and hand it to `use` (e.g. a PDF page's `drawCanvas`, which keeps it vector)
 * before the chart is destroyed, which would clear it. Drawing narrower than the spec's own
 * width makes the chart's text larger relative to the chart, as a printed figure needs.
 * The same steps as `renderPdf` in ../render/chart.ts.
 */
export function withChartCanvas<R>(spec: ChartSpec, width: number, use: (canvas: Canvas, width: number, height: number) => R): R {
  registerFonts();
  registerChartJs();
  const height = Math.round((width * spec.height) / spec.width);
  const canvas = createCanvas(width, height);
  addStyleShim(canvas);
  const config = {
    ...spec.config,
    options: { ...spec.config.options, responsive: false, animation: false, devicePixelRatio: 1 },
  } as ChartConfiguration;
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  try {
    return use(canvas, width, height);
  } finally {
    chart.destroy();
  }
}

/**
 * Chart.js sets the legend's text direction through `canvas.style`, which the napi-rs canvas
 * lacks: forward `direction` to the 2D context (as the renderer does).
 */
function addStyleShim(canvas: Canvas): void {
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
