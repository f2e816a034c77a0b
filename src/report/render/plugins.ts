/**
 * The two drawing plugins behind the `piBackground` and `piMarks` options
 * (types in src/report/charts/marks.ts).
 */
import type { Chart, Plugin } from 'chart.js';
import type { MarksOptions, TextMark } from '../charts/marks.js';

/** Paints the whole canvas in one colour before anything else is drawn (stays vector in SVG). */
export const backgroundPlugin: Plugin = {
  id: 'piBackground',
  beforeDraw(chart, _args, options: { color?: string }) {
    if (!options.color) return;
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = options.color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

type Props = Record<string, number | boolean | undefined>;

function propsOf(chart: Chart, datasetIndex: number, index: number): { type: string; p: Props } | null {
  const meta = chart.getDatasetMeta(datasetIndex);
  const element = meta.data[index];
  if (!element) return null;
  const p = element.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true) as unknown as Props;
  return { type: meta.type, p };
}

function rectOf(type: string, p: Props): Rect | null {
  const x = Number(p.x);
  const y = Number(p.y);
  const w = Number(p.width);
  const h = Number(p.height);
  if (type === 'matrix') {
    if (![x, y, w, h].every(Number.isFinite)) return null;
    return { left: x, right: x + w, top: y, bottom: y + h };
  }
  if (type === 'bar') {
    const base = Number(p.base);
    if (![x, y, base].every(Number.isFinite)) return null;
    return p.horizontal
      ? { left: Math.min(x, base), right: Math.max(x, base), top: y - h / 2, bottom: y + h / 2 }
      : { left: x - w / 2, right: x + w / 2, top: Math.min(y, base), bottom: Math.max(y, base) };
  }
  return null;
}

function drawMark(chart: Chart, mark: TextMark, options: MarksOptions): void {
  const found = propsOf(chart, mark.datasetIndex, mark.index);
  if (!found) return;
  const { type, p } = found;
  const ctx = chart.ctx;
  const size = options.font?.size ?? 12;
  ctx.font = `${mark.bold ? 'bold ' : ''}${size}px ${options.font?.family ?? 'sans-serif'}`;
  ctx.fillStyle = mark.color ?? options.color ?? '#000';
  ctx.textBaseline = 'middle';
  const gap = 6;
  const y = Number(p.y);
  if (mark.place === 'center') {
    const r = rectOf(type, p);
    if (!r) return;
    const room = r.right - r.left - 4;
    if (size > r.bottom - r.top) return;
    const text = [mark.text, mark.short].find((s) => s !== undefined && ctx.measureText(s).width <= room);
    if (text === undefined) return;
    ctx.textAlign = 'center';
    ctx.fillText(text, (r.left + r.right) / 2, (r.top + r.bottom) / 2);
    return;
  }
  if (mark.place === 'end') {
    // Beyond the bar end in the direction the bar grows; at the value axis start when empty.
    const scale = chart.scales[chart.getDatasetMeta(mark.datasetIndex).xAxisID ?? 'x'];
    const reversed = Boolean(scale?.options.reverse);
    let x = Number(p.x);
    if (!Number.isFinite(x)) x = reversed ? chart.chartArea.right : chart.chartArea.left;
    const grows = reversed ? -1 : 1;
    ctx.textAlign = grows > 0 ? 'left' : 'right';
    ctx.fillText(mark.text, x + grows * gap, y);
    return;
  }
  const x = Number(p.x);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return;
  const side = mark.place === 'right' ? 1 : -1;
  ctx.textAlign = side > 0 ? 'left' : 'right';
  ctx.fillText(mark.text, x + side * (gap + 4), y);
}

function drawHatch(chart: Chart, datasetIndex: number, index: number, colour: string): void {
  const found = propsOf(chart, datasetIndex, index);
  const r = found && rectOf(found.type, found.p);
  if (!r) return;
  const ctx = chart.ctx;
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.left, r.top, r.right - r.left, r.bottom - r.top);
  ctx.clip();
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1;
  ctx.beginPath();
  const step = 8;
  const h = r.bottom - r.top;
  for (let x = r.left - h; x < r.right; x += step) {
    ctx.moveTo(x, r.bottom);
    ctx.lineTo(x + h, r.top);
  }
  ctx.stroke();
  ctx.restore();
}

/** Draws hatching over missing values, then text marks, after the datasets. */
export const marksPlugin: Plugin = {
  id: 'piMarks',
  afterDatasetsDraw(chart, _args, options: MarksOptions) {
    const ctx = chart.ctx;
    ctx.save();
    for (const h of options.hatch ?? []) drawHatch(chart, h.datasetIndex, h.index, options.hatchColor ?? '#888');
    ctx.direction = options.rtl ? 'rtl' : 'ltr';
    for (const mark of options.marks ?? []) drawMark(chart, mark, options);
    ctx.restore();
  },
};
