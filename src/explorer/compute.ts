import { scoreEdition } from '../engine/build-index.js';
import { buildHierarchy } from '../engine/hierarchy.js';
import type { EditionResult } from '../engine/types.js';
import { decodeValue, type ExplorerData } from './data.js';
import { framework, type Weighting } from './weights.js';

/**
 * Scores the latest edition with the library's own engine under a weighting (see weightingFor):
 * the weights it names replace the published ones, and what it weights 0 is left out, answers
 * included (see framework). With no weighting, or one that leaves nothing, the result is the
 * published one, bit for bit.
 */
export function computeResult(data: ExplorerData, weighting: Weighting | null): EditionResult {
  const scored = weighting ? framework(data.dimensions, data.indicators, weighting) : null;
  const { dimensions, indicators } = scored ?? data;
  const column = new Map(data.indicators.map((i, k) => [i.id, k]));
  const kept = indicators.map((i) => column.get(i.id)!);
  const matrix = {
    edition: data.edition,
    countries: data.countries.map((c) => c.iso3),
    indicators: indicators.map((i) => i.id),
    values: data.values.map((row) => kept.map((k) => decodeValue(row[k]!))),
  };
  return scoreEdition({ ...data, indicators }, buildHierarchy(dimensions, indicators), matrix, data.methodology);
}
