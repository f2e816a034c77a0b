/**
 * Drawing kit for the PDF reports: A4 geometry, text styles, a column that mirrors for
 * right-to-left, and builders of paragraph and heading blocks.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { theme } from '../charts/theme.js';
import { registerFonts } from '../render/fonts.js';
import { setState } from './ctx-state.js';
import type { Block } from './flow.js';
import { textDirection, wrap, type Measure } from './text.js';
import { widthCache } from './width-cache.js';

export type Ctx = SKRSContext2D;
export type Dir = 'ltr' | 'rtl';

/** A4 portrait in points, margins about 15 mm (42 pt). */
export const PAGE = { width: 595.28, height: 841.89, margin: 42, bodyTop: 62, bodyBottom: 841.89 - 50 } as const;

export interface Style {
  /** Font size in points. */
  size: number;
  bold?: boolean;
  colour: string;
  /** Line height in points. */
  leading: number;
}

export const INK = '#1d2331';
export const MUTED = '#5b6475';
export const LINE = '#d9dde5';
export const SOFT = '#f4f6f9';
export const ACCENT = '#0072b2';

export const STYLES = {
  title: { size: 19, bold: true, colour: INK, leading: 25 },
  h2: { size: 13.5, bold: true, colour: INK, leading: 19 },
  body: { size: 10, colour: INK, leading: 14 },
  strong: { size: 10, bold: true, colour: INK, leading: 14 },
  name: { size: 10.5, bold: true, colour: INK, leading: 14.5 },
  note: { size: 8.5, colour: MUTED, leading: 12 },
  link: { size: 8.5, colour: ACCENT, leading: 12 },
  label: { size: 8, colour: MUTED, leading: 11 },
  value: { size: 15, bold: true, colour: INK, leading: 19 },
  valueSmall: { size: 11, bold: true, colour: INK, leading: 14 },
  cell: { size: 9.5, colour: INK, leading: 13 },
  head: { size: 8.5, bold: true, colour: INK, leading: 12 },
} as const satisfies Record<string, Style>;

/** Font strings by size, regular and bold, built once (a layout asks thousands of times). */
const fonts = [new Map<number, string>(), new Map<number, string>()] as const;
/** The size in points of each font string `font` has built. */
const sizes = new Map<string, number>();

export function font(style: Pick<Style, 'size' | 'bold'>): string {
  const bySize = fonts[style.bold ? 1 : 0];
  let f = bySize.get(style.size);
  if (f === undefined) {
    bySize.set(style.size, (f = `${style.bold ? 'bold ' : ''}${style.size}px ${theme.fontFamily}`));
    sizes.set(f, style.size);
  }
  return f;
}

/** Width in points of text in a style. */
export interface Measurer {
  width(style: Style, text: string): number;
  for(style: Style): Measure;
}

/**
 * Scripts whose glyphs change shape with their neighbours (Arabic, Hebrew points, Indic,
 * combining marks): their words are measured whole, not summed letter by letter.
 */
const COMPLEX = /[\u0300-\u036F\u0590-\u08FF\u0900-\u0DFF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** Characters the bundled fonts lack that `drawText` draws as vector shapes. */
const ARROWS = /([→←])/u;
const ARROW_EM = 0.9;

let scratch: Ctx | null = null;
let scratchFont = '';

function raw(f: string, text: string): number {
  scratch ??= createCanvas(8, 8).getContext('2d');
  if (scratchFont !== f) scratch.font = scratchFont = f;
  return scratch.measureText(text).width;
}

/** Per-font caches of character advances and complex-script word widths, shared by all calls. */
const advance = widthCache(raw);
const wordWidth = widthCache(raw);

/**
 * Text width without a text layout per call (Skia's measureText costs 0.1–0.6 ms): the sum of
 * cached character advances, words in complex scripts measured whole (cached), `→`/`←` as drawn
 * by `drawText`. Kerning is ignored; Noto Sans kerns mostly tighter, so lines come out a
 * fraction narrower than measured, never wider.
 */
export function measurer(): Measurer {
  registerFonts();
  const width = (style: Style, text: string): number => wholeWidth(font(style), text);
  return { width, for: (style) => (text) => width(style, text) };
}

/** Widths of whole texts, per font: a layout measures the same words and cells over and over. */
const wholeWidth = widthCache(sum);

/** The measurer's width of `text` in font `f` (a string `font` built), computed; see `measurer`. */
function sum(f: string, text: string): number {
  let w = 0;
  for (const part of text.split(ARROWS)) {
    if (part === '→' || part === '←') {
      w += ARROW_EM * sizes.get(f)!;
    } else if (COMPLEX.test(part)) {
      const words = part.split(' ');
      words.forEach((word, k) => {
        if (k) w += advance(f, ' ');
        if (COMPLEX.test(word)) w += wordWidth(f, word);
        else for (const ch of word) w += advance(f, ch);
      });
    } else {
      for (const ch of part) w += advance(f, ch);
    }
  }
  return w;
}

/**
 * The text column, `inset`s measured from its start edge: the left margin for 'ltr', the right
 * margin for 'rtl'. Everything laid out through it mirrors for right-to-left.
 */
export class Column {
  constructor(readonly left: number, readonly right: number, readonly dir: Dir) {}
  get width(): number {
    return this.right - this.left;
  }
  /** x of the point `inset` from the start edge. */
  start(inset = 0): number {
    return this.dir === 'ltr' ? this.left + inset : this.right - inset;
  }
  /** x of the point `inset` from the end edge. */
  end(inset = 0): number {
    return this.dir === 'ltr' ? this.right - inset : this.left + inset;
  }
  /** Left x of a box spanning insets [from, to] from the start edge. */
  boxX(from: number, to: number): number {
    return this.dir === 'ltr' ? this.left + from : this.right - to;
  }
  get startAlign(): 'left' | 'right' {
    return this.dir === 'ltr' ? 'left' : 'right';
  }
  get endAlign(): 'left' | 'right' {
    return this.dir === 'ltr' ? 'right' : 'left';
  }
}

/**
 * Draw one line with its top at `top`; `dir` is the line's own bidi direction. Arrows (which the
 * bundled fonts lack, so Skia would take them from whatever system font has them) are drawn as
 * vector shapes between the text pieces, pieces laid out in `dir` order.
 */
export function drawText(ctx: Ctx, text: string, x: number, top: number, style: Style, align: 'left' | 'right' | 'center', dir: Dir): void {
  setState(ctx, 'font', font(style));
  setState(ctx, 'fillStyle', style.colour);
  setState(ctx, 'direction', dir);
  setState(ctx, 'textBaseline', 'alphabetic');
  const baseline = baselineOf(top, style);
  if (!ARROWS.test(text)) {
    setState(ctx, 'textAlign', align);
    ctx.fillText(text, x, baseline);
    return;
  }
  const parts = text.split(ARROWS).filter((p) => p !== '');
  const widths = parts.map((p) => (p === '→' || p === '←' ? ARROW_EM * style.size : ctx.measureText(p).width));
  const total = widths.reduce((a, b) => a + b, 0);
  let left = align === 'left' ? x : align === 'right' ? x - total : x - total / 2;
  const order = dir === 'rtl' ? [...parts.keys()].reverse() : [...parts.keys()];
  setState(ctx, 'textAlign', 'left');
  for (const k of order) {
    const part = parts[k]!;
    if (part === '→' || part === '←') arrow(ctx, left, widths[k]!, baseline - style.size * 0.3, style, part === '→');
    else ctx.fillText(part, left, baseline);
    left += widths[k]!;
  }
}

function arrow(ctx: Ctx, left: number, width: number, y: number, style: Style, right: boolean): void {
  const s = style.size;
  const [from, to] = right ? [left + 0.12 * s, left + width - 0.12 * s] : [left + width - 0.12 * s, left + 0.12 * s];
  const head = (right ? -1 : 1) * 0.28 * s;
  ctx.save();
  ctx.strokeStyle = style.colour;
  ctx.lineWidth = style.bold ? 0.1 * s : 0.075 * s;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(from, y);
  ctx.lineTo(to, y);
  ctx.moveTo(to + head, y - 0.25 * s);
  ctx.lineTo(to, y);
  ctx.lineTo(to + head, y + 0.25 * s);
  ctx.stroke();
  ctx.restore();
}

/** Alphabetic baseline of a line box: the em box centred in the leading. */
export function baselineOf(top: number, style: Style): number {
  return top + (style.leading - style.size) / 2 + style.size * 0.86;
}

export interface ParaOptions {
  /** Start inset in points. */
  inset?: number;
  /** End inset in points. */
  endInset?: number;
  /** Space above the first line. */
  gap?: number;
  /** Make every line a clickable link to this URL. */
  href?: string | null;
}

/**
 * A paragraph as one block per line, aligned to the column's start edge; its bidi direction is
 * that of its first strong letter (so English evidence reads right in an Arabic report).
 */
export function para(m: Measurer, col: Column, text: string, style: Style, o: ParaOptions = {}): Block<Ctx>[] {
  const inset = o.inset ?? 0;
  const lines = wrap(m.for(style), text, col.width - inset - (o.endInset ?? 0));
  const dir = textDirection(text, col.dir);
  return lines.map((line, k) => ({
    height: style.leading,
    gap: k === 0 ? o.gap ?? 0 : 0,
    keep: 0,
    draw: (ctx, top) => {
      drawText(ctx, line, col.start(inset), top, style, col.startAlign, dir);
      if (!o.href) return;
      const w = ctx.measureText(line).width;
      const x = col.boxX(inset, inset + w);
      ctx.annotateLinkUrl(x, top, x + w, top + style.leading, o.href);
    },
  }));
}

/** A section heading with a rule under it, kept with the next two blocks. */
export function heading(m: Measurer, col: Column, text: string): Block<Ctx>[] {
  const style = STYLES.h2;
  const lines = para(m, col, text, style, { gap: 20 });
  const last = lines.length - 1;
  return lines.map((b, k) => ({
    ...b,
    height: k === last ? b.height + 8 : b.height,
    keep: last - k + 2,
    draw: (ctx: Ctx, top: number) => {
      b.draw(ctx, top);
      if (k !== last) return;
      setState(ctx, 'fillStyle', LINE);
      ctx.fillRect(col.left, top + style.leading + 2, col.width, 1.5);
    },
  }));
}

/** Keep a short group of blocks together on one page; a long one keeps its first `head` blocks. */
export function keepTogether(blocks: Block<Ctx>[], max = 200, head = 3): Block<Ctx>[] {
  if (blocks.length === 0) return blocks;
  const total = blocks.reduce((h, b, k) => h + b.height + (k ? b.gap : 0), 0);
  const first = blocks[0]!;
  const keep = total <= max ? blocks.length - 1 : Math.min(blocks.length - 1, head);
  return [{ ...first, keep: Math.max(first.keep, keep) }, ...blocks.slice(1)];
}

/** Vertical space; dropped at a page top like any gap. */
export function space(height: number): Block<Ctx> {
  return { height: 0, gap: height, keep: 0, draw: () => {} };
}
