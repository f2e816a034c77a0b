import type { Screening } from '../schema/methodology.js';
import type { EditionMatrix } from './edition-matrix.js';

/** A country left out of an edition by unit screening, and why. */
export interface ScreenedCountry {
  iso3: string;
  /** `availability`: too few indicators answered; `zeros`: too many answered 0; `excluded`: listed in screen.exclude. */
  reason: 'availability' | 'zeros' | 'excluded';
  /** Share of its applicable indicators answered (1 with none applicable). */
  share: number;
  /** Share of its applicable indicators answered 0. */
  zeroShare: number;
}

/**
 * Unit screening (COINr's Screen with dat_thresh = minShare, nzero_thresh = maxZeroShare and
 * unit_override): a country stays when share ≥ minShare and zeroShare ≤ maxZeroShare, where
 * share = answered / applicable and zeroShare = (answered with 0) / applicable over its row of
 * the edition matrix (not-applicable cells count in neither; a carried-forward cell counts as
 * unanswered, as in coverage; a country with nothing applicable has share 1, zeroShare 0).
 * `include` keeps a country whatever its data; `exclude` leaves it out whatever its data (and
 * wins over include, which validation refuses anyway). Returns the matrix of the countries kept
 * (order kept) and the countries left out, in data order.
 * @example screenMatrix({ countries: ['A', 'B'], values: [[1, 2], [null, 3]] }, { minShare: 0.75, maxZeroShare: 1, include: [], exclude: [] }).screened // [{ iso3: 'B', reason: 'availability', share: 0.5, zeroShare: 0 }]
 */
export function screenMatrix(matrix: EditionMatrix, screen: Screening): { matrix: EditionMatrix; screened: ScreenedCountry[] } {
  if (screen.minShare === 0 && screen.maxZeroShare === 1 && screen.exclude.length === 0) return { matrix, screened: [] };
  const keep: number[] = [];
  const screened: ScreenedCountry[] = [];
  matrix.values.forEach((row, c) => {
    const iso3 = matrix.countries[c]!;
    let applicable = 0;
    let answered = 0;
    let zeros = 0;
    row.forEach((v, i) => {
      if (v === undefined) return;
      applicable++;
      if (v === null || matrix.carried?.[c]?.[i]) return;
      answered++;
      if (v === 0) zeros++;
    });
    const share = applicable === 0 ? 1 : answered / applicable;
    const zeroShare = applicable === 0 ? 0 : zeros / applicable;
    const reason = screen.exclude.includes(iso3) ? 'excluded'
      : screen.include.includes(iso3) ? null
      : share < screen.minShare ? 'availability'
      : zeroShare > screen.maxZeroShare ? 'zeros'
      : null;
    if (reason === null) keep.push(c);
    else screened.push({ iso3, reason, share, zeroShare });
  });
  if (screened.length === 0) return { matrix, screened };
  return {
    matrix: {
      ...matrix,
      countries: keep.map((c) => matrix.countries[c]!),
      values: keep.map((c) => matrix.values[c]!),
      ...(matrix.carried ? { carried: keep.map((c) => matrix.carried![c]!) } : {}),
    },
    screened,
  };
}
