import type { ChartConfiguration } from 'chart.js';
import type { ChartStrings } from './strings.js';
// Side-effect-free type imports: they add the 'matrix' chart type and the
// project's plugin options to Chart.js's type registries.
import type {} from 'chartjs-chart-matrix';
import type {} from './marks.js';

/** The table behind a chart, to be written as CSV next to the image. */
export interface DataTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * Everything a report needs about one chart: a Chart.js configuration to render,
 * the words that describe it (title, alt text) and the data behind it.
 * `width` and `height` are CSS pixels; the renderer multiplies by its scale.
 */
export interface ChartSpec {
  id: string;
  title: string;
  alt: string;
  config: ChartConfiguration;
  data: DataTable;
  width: number;
  height: number;
}

/** Options every builder accepts, after its data. */
export interface ChartOptions {
  /** BCP 47 locale for numbers and plural rules; default 'en'. */
  locale?: string;
  /** Text direction; 'rtl' mirrors category axes and reverses value axes. Default 'ltr'. */
  dir?: 'ltr' | 'rtl';
  /** Message catalogue; default the English table `EN`. Missing keys fall back to English. */
  strings?: Partial<ChartStrings>;
  /** Overrides the default title from the catalogue. */
  title?: string;
  /** Overrides the default id (used for file names). */
  id?: string;
}
