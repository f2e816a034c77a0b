import type { ChartConfiguration } from 'chart.js';
import { captions, common, heightFor, legendOptions, marksBase, matrixCell, ticks, wrap } from '../../report/charts/base.js';
import { context } from '../../report/charts/format.js';
import type { HatchMark, TextMark } from '../../report/charts/marks.js';
import { theme } from '../../report/charts/theme.js';
import type { ChartSpec } from '../../report/charts/types.js';
import { auditEn, type AuditStrings } from './strings.js';

/**
 * The diverging scale of a correlation heatmap: 5 bins with these inner edges, each bin closed
 * below (a correlation of exactly 0.2 is in 0.2 to 0.6). Colours from the theme's Okabe–Ito
 * pair, vermillion (negative) and blue (positive), full and mixed half with white, around a
 * light grey for correlations near 0.
 */
export const CORRELATION_EDGES = [-0.6, -0.2, 0.2, 0.6] as const;
export const CORRELATION_COLOURS = [theme.diverging.worse, '#EAAF80', '#F2F2F2', '#80B9D9', theme.diverging.better] as const;
/** Text readable on each bin: dark, but white on the full blue (contrast 5.2:1). */
const TEXT = [theme.text, theme.text, theme.text, theme.text, '#ffffff'] as const;

/** The bin (0–4) of a correlation on the diverging scale. @example correlationBin(0.2) // 3 */
export function correlationBin(r: number): number {
  return CORRELATION_EDGES.filter((e) => r >= e).length;
}

export interface CorrelationGrid {
  /** Row header for the data table (e.g. "Indicator"). */
  corner: string;
  columns: string[];
  rows: { label: string; values: (number | null)[] }[];
}

export interface CorrelationChartOptions {
  id: string;
  /** Used when no finding can be computed (fewer than one correlation between distinct labels). */
  title: string;
  /** The edition, named in the subtitle. */
  edition?: number;
  /** The source line; default the catalogue's `chart.sourceDefault`. */
  source?: string;
  strings?: AuditStrings;
  /** Locale of the numbers (default: the strings' own). */
  locale?: string;
  /** 'rtl' puts the captions on the right and fences numbers for right-to-left text. */
  dir?: 'ltr' | 'rtl';
}

/**
 * A heatmap of correlations on [−1, 1] with a diverging colour scale (chartjs-chart-matrix):
 * each cell coloured by its bin (legend gives the bin ranges) and printed with two decimals;
 * missing cells are grey, hatched and printed "no data". Same layout as the report's `heatmap`,
 * whose scale is sequential 0–100. Pure: returns the configuration, the renderer draws it.
 */
export function correlationChart(grid: CorrelationGrid, options: CorrelationChartOptions): ChartSpec {
  const s = options.strings ?? auditEn;
  const two = new Intl.NumberFormat(options.locale ?? s.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const num = (v: number) => two.format(v).replace('-', '\u2212');
  const nCols = grid.columns.length;
  const nRows = grid.rows.length;
  const steps = CORRELATION_COLOURS.length;
  const cells: { x: string; y: string; v: number | null }[][] = Array.from({ length: steps + 1 }, () => []);
  const marks: TextMark[] = [];
  const hatch: HatchMark[] = [];
  let missing = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of grid.rows) {
    grid.columns.forEach((column, j) => {
      const v = row.values[j] ?? null;
      const bin = v === null ? steps : correlationBin(v);
      const list = cells[bin]!;
      list.push({ x: column, y: row.label, v });
      const index = list.length - 1;
      if (v === null) {
        missing += 1;
        hatch.push({ datasetIndex: bin, index });
        marks.push({ datasetIndex: bin, index, text: s.chart.missing, color: theme.text, place: 'center' });
      } else {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
        marks.push({ datasetIndex: bin, index, text: num(v), color: TEXT[bin], place: 'center' });
      }
    });
  }
  const edges = [-1, ...CORRELATION_EDGES, 1];
  const datasets = cells.map((list, bin) => ({
    type: 'matrix' as const,
    label: bin === steps ? s.chart.missing : s.chart.bin(num(edges[bin]!), num(edges[bin + 1]!)),
    data: list,
    backgroundColor: bin === steps ? theme.missing : CORRELATION_COLOURS[bin],
    borderColor: theme.background,
    borderWidth: 1,
    ...matrixCell(nCols, nRows),
  }));
  const columnLabels = grid.columns.map((c) => wrap(c, Math.max(10, Math.floor(110 / Math.max(1, nCols)))));
  const ctx = context({ locale: options.locale ?? s.locale, dir: options.dir });
  // the finding: how many correlations between distinct items are negative, and the strongest one
  const pairs = grid.rows.flatMap((row) => grid.columns.map((column, j) => ({ row: row.label, column, r: row.values[j] ?? null })))
    .filter((p): p is { row: string; column: string; r: number } => p.r !== null && p.row !== p.column);
  const dedup = new Map(pairs.map((p) => [[p.row, p.column].sort().join('\u0000'), p]));
  const distinct = [...dedup.values()];
  const strongest = distinct.reduce<(typeof distinct)[number] | null>((a, b) => (a === null || Math.abs(b.r) > Math.abs(a.r) ? b : a), null);
  const words = {
    title: strongest ? s.chart.finding(distinct.filter((p) => p.r < 0).length, distinct.length, strongest.row, strongest.column, num(strongest.r)) : options.title,
    subtitle: s.chart.subtitle(options.edition),
    source: options.source ?? s.chart.sourceDefault,
    notes: missing > 0 ? [s.chart.note] : [],
  };
  const caps = captions(words, ctx, theme.size.width);
  const base = common(ctx);
  const config = {
    type: 'matrix',
    data: { datasets },
    options: {
      ...base,
      layout: { padding: { top: 12, bottom: 12, left: 12, right: 12 } },
      scales: {
        x: {
          type: 'category', labels: grid.columns, offset: true, position: 'top',
          ticks: { ...ticks(), autoSkip: false, maxRotation: 0, callback: (_: unknown, i: number) => columnLabels[i] },
          grid: { display: false }, border: { display: false },
        },
        y: {
          type: 'category', labels: grid.rows.map((r) => r.label), offset: true, reverse: false, position: 'left',
          ticks: { ...ticks(), autoSkip: false }, grid: { display: false }, border: { display: false },
        },
      },
      plugins: {
        ...base.plugins,
        ...caps.plugins,
        legend: { ...legendOptions(ctx), position: 'bottom' as const },
        piMarks: { ...marksBase(ctx), font: { family: theme.fontFamily, size: theme.fontSize.label }, marks, hatch },
      },
    },
  } as unknown as ChartConfiguration;
  const alt = [
    lo <= hi ? s.chart.alt(nRows, nCols, num(lo), num(hi)) : s.chart.altNone(nRows, nCols),
    missing > 0 && lo <= hi ? s.chart.altMissing(missing) : null,
  ].filter((x): x is string => x !== null).join(' ');
  return {
    id: options.id,
    title: words.title,
    subtitle: words.subtitle,
    source: words.source,
    notes: words.notes,
    alt,
    config,
    data: { columns: [grid.corner, ...grid.columns], rows: grid.rows.map((r) => [r.label, ...grid.columns.map((_, j) => r.values[j] ?? null)]) },
    width: theme.size.width,
    height: heightFor(nRows, 230) + caps.height,
  };
}
