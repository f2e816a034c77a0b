/**
 * Options of the two plugins the renderer registers (`piBackground`, `piMarks`), as plain data,
 * so chart configurations stay pure and snapshot-able. The drawing code is in
 * src/report/render/plugins.ts.
 */
import type { ChartType } from 'chart.js';

/** A piece of text attached to one element (bar, cell, point) of one dataset. */
export interface TextMark {
  datasetIndex: number;
  index: number;
  text: string;
  /**
   * - `end`: just beyond the end of a bar, in the direction it grows (at the axis when the bar is empty);
   * - `center`: centred inside a bar or cell, dropped when it does not fit;
   * - `right` / `left`: beside a point, on that side.
   */
  place: 'end' | 'center' | 'right' | 'left';
  /** Shorter text to use (with `center`) when `text` does not fit. */
  short?: string;
  color?: string;
  bold?: boolean;
}

/** An element to cover with diagonal hatching (a missing value). */
export interface HatchMark {
  datasetIndex: number;
  index: number;
}

export interface MarksOptions {
  marks?: TextMark[];
  hatch?: HatchMark[];
  /** Draw text right to left (sets the canvas `direction`). */
  rtl?: boolean;
  font?: { family: string; size: number };
  color?: string;
  hatchColor?: string;
}

/** The footer drawn below the plot: the source line and notes, already wrapped into lines. */
export interface FooterOptions {
  lines: string[];
  rtl?: boolean;
  color?: string;
  font?: { family: string; size: number };
  /** CSS px per line. */
  lineHeight?: number;
  /** CSS px between the plot and the first line. */
  padding?: number;
}

export interface BackgroundOptions {
  color: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    piMarks?: MarksOptions;
    piBackground?: BackgroundOptions;
    piFooter?: FooterOptions;
  }
}
