import { scoreEdition } from '../engine/build-index.js';
import { buildHierarchy } from '../engine/hierarchy.js';
import type { EditionResult } from '../engine/types.js';
import { decodeValue, type ExplorerData } from './data.js';

/**
 * Scores the latest edition with the library's own engine, top-level dimension weights replaced
 * by `weights` (id → weight; ids not given keep their published weight). With no weights the
 * result is the published one, bit for bit.
 */
export function computeResult(data: ExplorerData, weights: Record<string, number> | null): EditionResult {
  const dimensions = weights ? data.dimensions.map((d) => (d.id in weights ? { ...d, weight: weights[d.id]! } : d)) : data.dimensions;
  const hierarchy = buildHierarchy(dimensions, data.indicators);
  const matrix = {
    edition: data.edition,
    countries: data.countries.map((c) => c.iso3),
    indicators: data.indicators.map((i) => i.id),
    values: data.values.map((row) => row.map(decodeValue)),
  };
  return scoreEdition(data, hierarchy, matrix, data.methodology);
}
