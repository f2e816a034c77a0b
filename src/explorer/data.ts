import type { Dimension } from '../schema/dimension.js';
import type { Indicator } from '../schema/indicator.js';
import type { Methodology } from '../schema/methodology.js';
import type { Dataset } from '../schema/dataset.js';

/** The strings of the explorer in one language (from the report catalogues). */
export interface ExplorerLanguage {
  code: string;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name, e.g. "Français". */
  name: string;
  /** Explorer messages by key (the `explorer.*` keys of the catalogue, without the prefix). */
  s: Record<string, string>;
  /** Names of the index's nodes (dimensions, indicators) in this language. */
  nodes: Record<string, string>;
  /** Band labels in this language. */
  bands: Record<string, string>;
  /** Region names (as in countries.csv) in this language. */
  regions: Record<string, string>;
}

/**
 * Everything the explorer needs, shipped as JSON inside the page (and beside it as data.json).
 * `values` is the latest edition's answer matrix as the engine sees it: a number, null
 * (missing) or "na" (not applicable; JSON has no undefined).
 */
export interface ExplorerData {
  version: 1;
  title: string;
  edition: number;
  editions: number[];
  dimensions: Dimension[];
  indicators: Indicator[];
  /** The answer scales (imputation 'lowest' reads the worst option of each). */
  scales: Dataset['scales'];
  /** `attributes`: the country's value in the group-imputation column, when that is not the region. */
  countries: { iso3: string; name: string; region: string | null; attributes?: Record<string, string> }[];
  methodology: Methodology;
  values: (number | null | 'na')[][];
  /** The published ranking of the latest edition, and its plausible range where one was computed. */
  published: Record<string, { rank: number | null; low: number | null; high: number | null }>;
  languages: ExplorerLanguage[];
  /** Scorecard pages per language code exist for these codes (relative to the explorer page: ../scorecards/<code>/<ISO3>.html). */
  scorecards: string[];
}

/** The matrix cell as the engine expects it: "na" becomes undefined. */
export function decodeValue(v: number | null | 'na'): number | null | undefined {
  return v === 'na' ? undefined : v;
}
