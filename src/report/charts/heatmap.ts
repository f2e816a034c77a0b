import type { ChartConfiguration } from 'chart.js';
import { captions, chartWords, common, heightFor, legendOptions, marksBase, matrixCell, ticks, wrap } from './base.js';
import { context, type Ctx } from './format.js';
import type { HatchMark, TextMark } from './marks.js';
import { sequentialBin, theme } from './theme.js';
import type { ChartOptions, ChartSpec } from './types.js';

export interface HeatmapData {
  /** Column labels (e.g. dimensions), left to right; must be distinct, as must row labels. */
  columns: string[];
  /** One row per country, top to bottom in the order given; `values[j]` belongs to `columns[j]`. */
  rows: {
    label: string;
    values: (number | null)[];
    /** Per column: the value rests on fewer answers than the framework asks for (marked †, as in the tables). */
    short?: boolean[];
  }[];
}

export interface HeatmapOptions extends ChartOptions {
  /** Value range of the colour scale; default 0–100, cut into 5 equal bins. */
  min?: number;
  max?: number;
}

/** Up to this many columns every cell is wide enough to print its score, so the heatmap needs no legend. */
export const DIRECT_LABEL_COLUMNS = 12;

/**
 * Countries × dimensions heatmap: each cell coloured by its 5-step bin on the sequential ramp
 * (legend gives the bin ranges) and printed with its value; missing cells are grey, hatched and
 * printed "no data". A value missing from the end of a short `values` array counts as missing.
 * A value resting on fewer answers is printed with †, explained in a note and counted in the alt text.
 */
export function heatmap(data: HeatmapData, options: HeatmapOptions = {}): ChartSpec {
  const ctx = context(options);
  const min = options.min ?? 0;
  const max = options.max ?? 100;
  const nCols = data.columns.length;
  const nRows = data.rows.length;
  const steps = theme.sequential.length;

  // One dataset per bin, then one for missing cells, so the legend names every colour.
  // Cells name their column and row by label: a category scale maps a number to the data index,
  // not to that label, so numeric positions would be wrong once cells are split into bins.
  const cells: { x: string; y: string; v: number | null }[][] = Array.from({ length: steps + 1 }, () => []);
  const marks: TextMark[] = [];
  const hatch: HatchMark[] = [];
  let missing = 0;
  let shortfalls = 0;
  let lo = Infinity;
  let hi = -Infinity;
  data.rows.forEach((row) => {
    data.columns.forEach((column, j) => {
      const v = row.values[j] ?? null;
      const bin = v === null ? steps : sequentialBin(v, min, max);
      const list = cells[bin] ?? [];
      list.push({ x: column, y: row.label, v });
      const index = list.length - 1;
      if (v === null) {
        missing += 1;
        hatch.push({ datasetIndex: bin, index });
        marks.push({ datasetIndex: bin, index, text: ctx.msg('missing'), color: theme.text, place: 'center' });
      } else {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
        const short = row.short?.[j] === true;
        if (short) shortfalls += 1;
        marks.push({ datasetIndex: bin, index, text: short ? `${ctx.num(v)}†` : ctx.num(v), color: theme.sequentialText[bin], place: 'center' });
      }
    });
  });

  const binWidth = (max - min) / steps;
  const datasets = cells.map((list, bin) => ({
    type: 'matrix' as const,
    label:
      bin === steps
        ? ctx.msg('missing')
        : ctx.msg('heatmapBin', { from: ctx.int(min + bin * binWidth), to: ctx.int(min + (bin + 1) * binWidth) }),
    data: list,
    backgroundColor: bin === steps ? theme.missing : theme.sequential[bin],
    borderColor: theme.background,
    borderWidth: 1,
    ...matrixCell(nCols, nRows),
  }));

  const columnLabels = data.columns.map((c) => wrap(c, Math.max(12, Math.floor(110 / Math.max(1, nCols)))));
  const words = chartWords(ctx, options, {
    finding: heatmapFinding(data, ctx),
    subtitle: ctx.msg('heatmapSubtitle'),
    notes: [...(missing > 0 ? [ctx.msg('heatmapNote')] : []), ...(shortfalls > 0 ? [ctx.msg('rankingNoteShortfall')] : [])],
  });
  const caps = captions(words, ctx, theme.size.width);
  const title = words.title;
  const base = common(ctx);
  const config = {
    type: 'matrix',
    data: { datasets },
    options: {
      ...base,
      layout: { padding: { top: 12, bottom: 12, left: 12, right: 12 } },
      scales: {
        x: {
          type: 'category',
          labels: data.columns,
          offset: true,
          position: 'top',
          reverse: ctx.rtl,
          ticks: { ...ticks(), autoSkip: false, maxRotation: 0, callback: (_: unknown, i: number) => columnLabels[i] },
          grid: { display: false },
          border: { display: false },
        },
        y: {
          type: 'category',
          labels: data.rows.map((r) => r.label),
          offset: true,
          // The matrix controller reverses y by default, which puts the first row at the bottom.
          reverse: false,
          position: ctx.rtl ? 'right' : 'left',
          ticks: { ...ticks(), autoSkip: false },
          grid: { display: false },
          border: { display: false },
        },
      },
      plugins: {
        ...base.plugins,
        ...caps.plugins,
        // Every cell prints its score (or "no data"), so up to DIRECT_LABEL_COLUMNS columns the cells
        // are their own labels and the legend of bins goes; wider grids keep it for cells too narrow to print.
        legend: { ...legendOptions(ctx, nCols > DIRECT_LABEL_COLUMNS), position: 'bottom' as const },
        piMarks: { ...marksBase(ctx), font: { family: theme.fontFamily, size: theme.fontSize.label }, marks, hatch },
      },
    },
  } as unknown as ChartConfiguration;


  const alt = [
    lo <= hi
      ? ctx.msg('heatmapAlt', { rows: nRows, cols: nCols, min: ctx.num(lo), max: ctx.num(hi) })
      : ctx.msg('heatmapAltNone', { rows: nRows, cols: nCols }),
    missing > 0 && lo <= hi ? ctx.msg('heatmapAltMissing', { count: missing }) : null,
    shortfalls > 0 ? ctx.msg('rankingAltShortfall', { n: ctx.int(shortfalls) }) : null,
  ]
    .filter((s): s is string => s !== null)
    .join(' ');

  return {
    id: options.id ?? 'heatmap',
    title,
    subtitle: words.subtitle,
    source: words.source,
    notes: words.notes,
    alt,
    config,
    data: {
      columns: [ctx.msg('colCountry'), ...data.columns],
      rows: data.rows.map((r) => [r.label, ...data.columns.map((_, j) => r.values[j] ?? null)]),
    },
    width: theme.size.width,
    height: heightFor(nRows, 230) + caps.height,
  };
}

/**
 * The heatmap's finding: the columns (dimensions) with the lowest and highest mean over the
 * rows that have a value (ties: the first in column order); the default title when fewer than
 * two columns have values.
 */
function heatmapFinding(data: HeatmapData, ctx: Ctx): string {
  const means = data.columns
    .map((label, j) => {
      const xs = data.rows.map((r) => r.values[j] ?? null).filter((v): v is number => v !== null);
      return { label, mean: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null };
    })
    .filter((m): m is { label: string; mean: number } => m.mean !== null);
  if (means.length < 2) return ctx.msg('heatmapTitle');
  const low = means.reduce((a, b) => (b.mean < a.mean ? b : a));
  const high = means.reduce((a, b) => (b.mean > a.mean ? b : a));
  if (low === high) return ctx.msg('heatmapTitle');
  return ctx.msg('heatmapFinding', { low: low.label, lowValue: ctx.num(low.mean), high: high.label, highValue: ctx.num(high.mean) });
}
