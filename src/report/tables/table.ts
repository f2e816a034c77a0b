/** A table as data: what every table builder returns and every formatter reads. */
export interface Column {
  key: string;
  label: string;
  /** A shorter label for narrow output (terminal tables). */
  short?: string;
  align?: 'left' | 'right';
  /** Decimal places for numbers (default: as is). */
  digits?: number;
}

export type Cell = string | number | null;

export interface Table {
  title?: string;
  columns: Column[];
  rows: Cell[][];
  /** Notes printed under the table (e.g. "not ranked: coverage below 70%"). */
  notes?: string[];
}
