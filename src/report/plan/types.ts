import type { ChartSpec } from '../charts/types.js';

/** One file of the report: text or bytes, at a path relative to the report root. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
  /** Content address of an expensive output (see cache/keys.ts); recorded in the manifest. */
  key?: string;
}

/** An expensive output whose key matches the previous build's: the writer copies that file. */
export interface ReusedFile {
  path: string;
  key: string;
  reuse: true;
}

/** What a report build yields. */
export type ReportFile = OutputFile | ReusedFile;

/** The previous build's expensive outputs still intact on disk: path → key (a Map survives postMessage). */
export type PreviousKeys = ReadonlyMap<string, string>;

/** A chart to render: its spec and where its PNG / SVG go (without extension). */
export interface PlannedChart {
  spec: ChartSpec;
  base: string;
  png: boolean;
  svg: boolean;
}
