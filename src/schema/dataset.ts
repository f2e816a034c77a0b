import type { Country } from './country.js';
import type { Dimension } from './dimension.js';
import type { EvidenceFramework } from './evidence.js';
import type { Indicator } from './indicator.js';
import type { Methodology } from './methodology.js';
import type { ScaleOption } from './scale.js';

/** Where a value came from: file (relative to the project), 1-based line, column name. */
export interface Location {
  file: string;
  line?: number;
  column?: string;
}

/** An answer once resolved against its indicator. `missing` = no evidence; `na` = not applicable. */
export type AnswerValue =
  | { kind: 'code'; code: string; score: number }
  | { kind: 'number'; value: number }
  | { kind: 'missing' }
  | { kind: 'na' };

export interface Answer {
  country: string;
  indicator: string;
  edition: number;
  value: AnswerValue;
  scope: 'full' | 'partial';
  justification: string | null;
  source: string | null;
  /** Web addresses of the source(s), each http(s); the cell may list several separated by `;`. */
  sourceUrls: string[];
  sourceDate: string | null;
  at: Location;
}

/** A validated data project: everything the engine needs, with nothing left to check. */
export interface Dataset {
  root: string;
  dimensions: Dimension[];
  indicators: Indicator[];
  /** Options of each scale, lowest score first. */
  scales: Record<string, ScaleOption[]>;
  countries: Country[];
  answers: Answer[];
  /** Every edition that appears in the answers, ascending. */
  editions: number[];
  methodology: Methodology;
  /** The evidence rules from indicators/ (absent in a project without them: no kinds, rules or cues). */
  evidence?: EvidenceFramework;
}
