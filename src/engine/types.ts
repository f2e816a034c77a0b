import type { Methodology } from '../schema/methodology.js';
import type { ScreenedCountry } from './screen.js';
import type { TreatmentRecord } from './treat/treat-column.js';

export type NodeKind = 'index' | 'dimension' | 'indicator';

/** One node of the hierarchy; the index is the root, with id `INDEX`. */
export interface HierarchyNode {
  id: string;
  name: string;
  kind: NodeKind;
  parent: string | null;
  /** 0 for the index, 1 for its children, … */
  depth: number;
  /** Weight among its siblings, as written (not normalised). */
  weight: number;
  children: string[];
}

export interface Hierarchy {
  rootId: string;
  nodes: Record<string, HierarchyNode>;
  /** Aggregates (index and dimensions), deepest first: the order in which to compute them. */
  aggregationOrder: string[];
  /** Indicator ids in file order. */
  indicators: string[];
  /** Dimension ids in depth-first file order. */
  dimensions: string[];
}

export interface Coverage {
  answered: number;
  missing: number;
  na: number;
  /** answered / (answered + missing); 1 when nothing is applicable. */
  share: number;
}

/** Applicable indicators under an aggregate, and how many of them were answered. */
export interface NodeCoverage {
  answered: number;
  applicable: number;
}

/** The change of the index score over only the indicators answered in both editions. */
export interface LikeForLike {
  /** Null when the index has no value on the common answers in either edition. */
  score: number | null;
  /** Indicators answered in both editions. */
  compared: number;
  /** Indicators applicable in the current edition. */
  applicable: number;
}

export interface CountryResult {
  iso3: string;
  name: string;
  region: string | null;
  /** Score of every node (indicators after normalisation, then aggregates), null = missing. */
  scores: Record<string, number | null>;
  /** Competition rank per node among ranked countries; null when not ranked or missing. */
  ranks: Record<string, number | null>;
  coverage: Coverage;
  ranked: boolean;
  /** Band label of the index score; null when the country is not ranked (a band is not given to a score resting on too few answers) or has no score. */
  band: string | null;
  /** Indicator ids whose value was imputed. */
  imputed: string[];
  /** Indicator ids whose blank took the previous edition's answer (methodology carryForward). */
  carried: string[];
  /** Answered / applicable indicators under the index and each dimension (evidence only). */
  nodeCoverage: Record<string, NodeCoverage>;
  /**
   * Change of the index score and rank since the previous edition; null where either is
   * missing. `likeForLike` is the score change over the indicators answered in both editions.
   */
  change: { score: number | null; rank: number | null; likeForLike: LikeForLike } | null;
}

export interface EditionResult {
  edition: number;
  previous: number | null;
  /** Ranked countries by rank, then the unranked, each group by name. */
  countries: CountryResult[];
  /** Each indicator's share of the index score for a country with complete data (sums to 1). */
  effectiveWeights: Record<string, number>;
  /** What outlier treatment did, per treated indicator (absent when nothing is treated). */
  treatment?: Record<string, TreatmentRecord>;
  /** Countries left out of the edition by unit screening (methodology `screen`), in data order; absent when none. */
  screened?: (ScreenedCountry & { name: string })[];
}

export interface IndexResult {
  hierarchy: Hierarchy;
  methodology: Methodology;
  editions: EditionResult[];
}
