import type { Dataset } from '../schema/dataset.js';
import type { Methodology } from '../schema/methodology.js';
import { carryForward } from './carry-forward.js';
import { denominate } from './denominate.js';
import { editionMatrix, type EditionMatrix } from './edition-matrix.js';
import { screenMatrix } from './screen.js';

/**
 * The matrix an edition is scored on under a methodology (COINr's order): its answers,
 * denominated (methodology `denominate`, indicators' `denominator`), plus the previous edition's
 * answers in its blanks when the methodology carries them forward, then screened (methodology
 * `screen`): the countries left out are gone from the matrix and listed in `screened`.
 */
export function scoringMatrix(dataset: Dataset, edition: number, methodology: Methodology): EditionMatrix {
  const raw = (e: number) => {
    const m = editionMatrix(dataset, e, methodology.partialScope);
    return methodology.denominate ? denominate(m, dataset.indicators, dataset.countries) : m;
  };
  let matrix = raw(edition);
  if (methodology.carryForward) {
    const previous = dataset.editions.filter((e) => e < edition).at(-1);
    matrix = carryForward(matrix, previous === undefined ? null : raw(previous));
  }
  const { matrix: kept, screened } = screenMatrix(matrix, methodology.screen);
  return screened.length === 0 ? kept : { ...kept, screened };
}
