/**
 * The drawing plugins behind the `piBackground`, `piMarks` and `piFooter` options
 * (types in src/report/charts/marks.ts).
 */
import { layouts, type Chart, type Plugin } from 'chart.js';
import type { FooterOptions, MarksOptions, TextMark } from '../charts/marks.js';

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

/** A layout box at the very bottom of the chart holding the footer lines (source, notes). */
interface FooterBox {
  position: 'bottom';
  weight: number;
  fullSize: boolean;
  options: FooterOptions;
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  isHorizontal(): boolean;
  update(maxWidth: number): void;
  draw(): void;
}

type WithFooter = Chart & { piFooterBox?: FooterBox };

function footerBox(chart: Chart, options: FooterOptions): FooterBox {
  const box: FooterBox = {
    position: 'bottom',
    weight: 3000, // below the legend (1000) and the axes: the outermost box
    fullSize: true,
    options,
    left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0,
    isHorizontal: () => true,
    update(maxWidth) {
      const o = box.options;
      const n = o.lines?.length ?? 0;
      box.width = maxWidth;
      box.height = n === 0 ? 0 : (o.padding ?? 0) + n * (o.lineHeight ?? 16);
    },
    draw() {
      const o = box.options;
      const ctx = chart.ctx;
      const size = o.font?.size ?? 12;
      const lh = o.lineHeight ?? 16;
      ctx.save();
      ctx.font = `${size}px ${o.font?.family ?? 'sans-serif'}`;
      ctx.fillStyle = o.color ?? '#555';
      ctx.textBaseline = 'middle';
      ctx.direction = o.rtl ? 'rtl' : 'ltr';
      ctx.textAlign = o.rtl ? 'right' : 'left';
      const x = o.rtl ? box.right - 12 : box.left + 12;
      (o.lines ?? []).forEach((line, i) => ctx.fillText(line, x, box.top + (o.padding ?? 0) + lh * i + lh / 2));
      ctx.restore();
    },
  };
  return box;
}

/** Adds the footer (`piFooter.lines`) as a full-width box under everything else. */
export const footerPlugin: Plugin = {
  id: 'piFooter',
  start(chart, _args, options: FooterOptions) {
    const box = footerBox(chart, options);
    layouts.addBox(chart, box as unknown as Parameters<typeof layouts.addBox>[1]);
    (chart as WithFooter).piFooterBox = box;
  },
  beforeUpdate(chart, _args, options: FooterOptions) {
    const box = (chart as WithFooter).piFooterBox;
    if (box) box.options = options;
  },
  stop(chart) {
    const box = (chart as WithFooter).piFooterBox;
    if (box) layouts.removeBox(chart, box as unknown as Parameters<typeof layouts.removeBox>[1]);
    delete (chart as WithFooter).piFooterBox;
  },
};
