import type { Dataset } from '../schema/dataset.js';
import { scoreCategorical } from './score-answer.js';
import type { ScreenedCountry } from './screen.js';

/**
 * One edition's answers as a countries × indicators matrix of raw values: the categorical
 * score (after the scope rule) or the number; null = missing (no evidence or no row);
 * undefined = not applicable (`na`).
 */
export interface EditionMatrix {
  edition: number;
  countries: string[];
  indicators: string[];
  /** values[c][i] */
  values: (number | null | undefined)[][];
  /** carried[c][i]: the value was carried forward from the previous edition (see carryForward). */
  carried?: boolean[][];
  /** Countries left out by unit screening (see screenMatrix); absent when none. */
  screened?: ScreenedCountry[];
}

export function editionMatrix(dataset: Dataset, edition: number, partialScope: 'halfStep' | 'ignore' = dataset.methodology.partialScope): EditionMatrix {
  const countries = dataset.countries.map((c) => c.iso3);
  const indicators = dataset.indicators.map((i) => i.id);
  const ci = new Map(countries.map((c, k) => [c, k]));
  const ii = new Map(indicators.map((id, k) => [id, k]));
  const values: (number | null | undefined)[][] = countries.map(() => indicators.map(() => null));
  for (const a of dataset.answers) {
    if (a.edition !== edition) continue;
    const c = ci.get(a.country);
    const i = ii.get(a.indicator);
    if (c === undefined || i === undefined) continue;
    const ind = dataset.indicators[i]!;
    const v = a.value;
    values[c]![i] = v.kind === 'na' ? undefined
      : v.kind === 'missing' ? null
      : v.kind === 'number' ? v.value
      : scoreCategorical(v, a.scope, dataset.scales[ind.scale ?? ''] ?? [], partialScope);
  }
  return { edition, countries, indicators, values };
}
