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
 *
 * A spec is plain data: the report's cache keys a chart's SVG, PNG and PDF by the spec's JSON,
 * with any callback in `config` taken by its source text. So a callback may read only its
 * arguments and values that are also in the spec (e.g. labels kept in `data` or in options), never
 * a value captured from the builder that appears nowhere else.
 */
export interface ChartSpec {
  id: string;
  /** The finding, computed from the data ("Spain leads; …"); drawn inside the image. */
  title: string;
  /** What is measured, the edition and the scale; drawn under the title. */
  subtitle: string;
  /** The source line, drawn at the foot of the image. */
  source: string;
  /** Notes on reading the chart, drawn under the source line. */
  notes: string[];
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
  /** Overrides the title (by default the finding, computed from the data). */
  title?: string;
  /** The edition shown, named in the subtitle (e.g. "2024"). */
  edition?: string;
  /** The source line; default the catalogue's `sourceDefault`. */
  source?: string;
  /** Notes added after the chart's own notes. */
  notes?: string[];
  /** Overrides the default id (used for file names). */
  id?: string;
}
