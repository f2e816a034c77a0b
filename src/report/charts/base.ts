/** Configuration pieces shared by every builder: fonts, title, legend, axes, in the theme. */
import { theme } from './theme.js';
import type { Ctx } from './format.js';
import type { ChartOptions } from './types.js';

export function font(size: number, bold = false) {
  return { family: theme.fontFamily, size, weight: bold ? ('bold' as const) : ('normal' as const) };
}

export function titleOptions(text: string, ctx: Ctx) {
  return {
    display: true,
    text,
    color: theme.text,
    font: font(theme.fontSize.title, true),
    align: 'start' as const,
    padding: { top: 4, bottom: 12 },
    // Chart.js reads `align: 'start'` in the text direction when `rtl` is set on the canvas;
    // the title has no rtl option, so mirror it by hand.
    ...(ctx.rtl ? { align: 'end' as const } : {}),
  };
}

export function legendOptions(ctx: Ctx, display = true) {
  return {
    display,
    position: 'top' as const,
    align: 'start' as const, // Chart.js mirrors 'start' itself when `rtl` is set
    rtl: ctx.rtl,
    textDirection: ctx.rtl ? 'rtl' : 'ltr',
    labels: {
      color: theme.text,
      font: font(theme.fontSize.legend),
      boxWidth: 18,
      boxHeight: 14,
      padding: 14,
    },
  };
}

export function axisTitle(text: string) {
  return { display: true, text, color: theme.text, font: font(theme.fontSize.axisTitle) };
}

export function ticks(size: number = theme.fontSize.tick) {
  return { color: theme.text, font: font(size) };
}

/** Options every chart shares: static, fixed-size, locale-aware, white background. */
export function common(ctx: Ctx) {
  return {
    responsive: false,
    animation: false as const,
    locale: ctx.locale,
    events: [] as [],
    plugins: {
      tooltip: { enabled: false },
      piBackground: { color: theme.background },
    },
  };
}

export function marksBase(ctx: Ctx) {
  return {
    rtl: ctx.rtl,
    font: { family: theme.fontFamily, size: theme.fontSize.label },
    color: theme.text,
    hatchColor: theme.missingHatch,
  };
}

/** Height in CSS px for a chart with one row per category, never below the theme's default. */
export function heightFor(rows: number, chrome = 200): number {
  return Math.max(theme.size.height, chrome + rows * theme.rowHeight);
}

/** A file-name-safe id. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'chart' : s;
}

/** Layout padding of 12 px, with `end` px at the end of the value axis (right, or left in rtl). */
export function padEnd(rtl: boolean, end: number) {
  return { top: 12, bottom: 12, left: rtl ? Math.max(12, end) : 12, right: rtl ? 12 : Math.max(12, end) };
}

/**
 * Break a label into lines of at most `max` characters at spaces (a single longer word stays
 * whole); Chart.js draws an array label as several lines.
 */
export function wrap(text: string, max: number): string | string[] {
  if (text.length <= max) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 1 ? (lines[0] ?? text) : lines;
}

/** Width and height of every cell of a matrix (heatmap) chart: the chart area split evenly. */
export function matrixCell(nCols: number, nRows: number) {
  return {
    width: ({ chart }: { chart: { chartArea?: { width: number } } }) => (chart.chartArea?.width ?? 0) / Math.max(1, nCols),
    height: ({ chart }: { chart: { chartArea?: { height: number } } }) => (chart.chartArea?.height ?? 0) / Math.max(1, nRows),
  };
}

/** The words a chart carries inside its image, above and below the plot (see `captions`). */
export interface Captions {
  /** The finding, stated as a sentence computed from the data. */
  title: string;
  /** What is measured, the edition and the scale. */
  subtitle: string;
  /** "Source: …" line. */
  source: string;
  /** Notes (how to read the chart, what is left out), printed after the source. */
  notes: string[];
}

/** Line height in CSS px of caption text of `size` px (Chart.js's default 1.2 em). */
const lineHeight = (size: number) => Math.ceil(size * 1.2);

/**
 * Break `text` into lines that fit `width` CSS px at `size` px (estimated, erring wide, so
 * the result does not depend on the renderer's font metrics).
 */
export function wrapToWidth(text: string, width: number, size: number, bold = false): string[] {
  const perChar = size * (bold ? 0.62 : 0.56);
  const lines = wrap(text, Math.max(10, Math.floor(width / perChar)));
  return Array.isArray(lines) ? lines : [lines];
}

/**
 * The chart's title (the finding), subtitle, and footer (source and notes), as Chart.js title,
 * subtitle and `piFooter` plugin options, each pre-wrapped to the chart's `width`; `height` is
 * the vertical room they take beyond a one-line title, for the builder to add to the chart.
 */
export function captions(c: Captions, ctx: Ctx, width: number) {
  const room = width - 24;
  const title = wrapToWidth(c.title, room, theme.fontSize.title, true);
  const subtitle = wrapToWidth(c.subtitle, room, theme.fontSize.subtitle);
  const footer = [c.source, ...c.notes].flatMap((line) => wrapToWidth(line, room, theme.fontSize.footer));
  const align = ctx.rtl ? ('end' as const) : ('start' as const);
  return {
    plugins: {
      title: { ...titleOptions('', ctx), text: title, padding: { top: 4, bottom: 2 } },
      subtitle: {
        display: true,
        text: subtitle,
        color: theme.mutedText,
        font: font(theme.fontSize.subtitle),
        align,
        padding: { top: 0, bottom: 12 },
      },
      piFooter: { lines: footer, rtl: ctx.rtl, color: theme.mutedText, font: { family: theme.fontFamily, size: theme.fontSize.footer }, lineHeight: lineHeight(theme.fontSize.footer), padding: 10 },
    },
    height:
      (title.length - 1) * lineHeight(theme.fontSize.title) +
      subtitle.length * lineHeight(theme.fontSize.subtitle) + 12 +
      footer.length * lineHeight(theme.fontSize.footer) + 10,
  };
}

/**
 * A chart's captions from its builder's words and the caller's options: the caller's title wins
 * over the computed finding; the edition, when given, is named after the subtitle; the source
 * defaults to the catalogue's; the caller's notes follow the builder's.
 */
export function chartWords(ctx: Ctx, options: ChartOptions, own: { finding: string; subtitle: string; notes: string[] }): Captions {
  return {
    title: options.title ?? own.finding,
    subtitle: options.edition ? ctx.msg('subtitleEdition', { what: own.subtitle, edition: options.edition }) : own.subtitle,
    source: options.source ?? ctx.msg('sourceDefault'),
    notes: [...own.notes, ...(options.notes ?? [])],
  };
}
