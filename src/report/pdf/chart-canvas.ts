import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { ChartSpec } from '../charts/types.js';
import { draw } from '../render/chart.js';

/**
 * Draw `spec` with Chart.js on a canvas `width` CSS px wide (height kept in the spec's
 * proportion) and hand it to `use` (e.g. a PDF page's `drawCanvas`, which keeps it vector)
 * before the chart is destroyed, which would clear it. Drawing narrower than the spec's own
 * width makes the chart's text larger relative to the chart, as a printed figure needs.
 */
export function withChartCanvas<R>(spec: ChartSpec, width: number, use: (canvas: Canvas, width: number, height: number) => R): R {
  const height = Math.round((width * spec.height) / spec.width);
  const canvas = createCanvas(width, height);
  return draw(canvas, { ...spec, width, height }, 1, (c) => use(c, width, height));
}
