import type { ChartSpec } from '../charts/types.js';

/** One file of the report: text or bytes, at a path relative to the report root. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** A chart to render: its spec and where its PNG / SVG go (without extension). */
export interface PlannedChart {
  spec: ChartSpec;
  base: string;
  png: boolean;
  svg: boolean;
}
