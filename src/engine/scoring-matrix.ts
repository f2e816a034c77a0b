import type { Dataset } from '../schema/dataset.js';
import type { Methodology } from '../schema/methodology.js';
import { carryForward } from './carry-forward.js';
import { editionMatrix, type EditionMatrix } from './edition-matrix.js';

/**
 * The matrix an edition is scored on under a methodology: its answers, plus the previous
 * edition's answers in its blanks when the methodology carries them forward.
 */
export function scoringMatrix(dataset: Dataset, edition: number, methodology: Methodology): EditionMatrix {
  const matrix = editionMatrix(dataset, edition, methodology.partialScope);
  if (!methodology.carryForward) return matrix;
  const previous = dataset.editions.filter((e) => e < edition).at(-1);
  return carryForward(matrix, previous === undefined ? null : editionMatrix(dataset, previous, methodology.partialScope));
}
