/** A table as data: what every table builder returns and every formatter reads. */
export interface Column {
  key: string;
  label: string;
  /** A shorter label for narrow output (terminal tables). */
  short?: string;
  align?: 'left' | 'right';
  /** Decimal places for numbers (default: as is). */
  digits?: number;
  /** Numbers with a sign ("+4.2", "−1.0"): changes. */
  signed?: boolean;
  /**
   * How people-facing formats (text, Markdown, HTML) show a cell, given its value and row index;
   * CSV and JSON keep the plain value. E.g. a rank change 3 shown as "↑ up 3 places".
   */
  display?: (value: Cell, row: number) => string;
}

export type Cell = string | number | null;

export interface Table {
  title?: string;
  columns: Column[];
  rows: Cell[][];
  /** Notes printed under the table (e.g. "not ranked: coverage below 70%"). */
  notes?: string[];
  /**
   * Marks after a cell in people-facing formats, by row then column key (e.g. "†" on a score
   * that rests on fewer answers than the framework); each is explained in `notes`.
   */
  marks?: Record<string, string>[];
}
