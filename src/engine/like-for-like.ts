import type { Methodology } from '../schema/methodology.js';
import { usesCopeland } from './aggregate/index.js';
import { aggregateTree } from './aggregate-tree.js';
import type { Hierarchy, LikeForLike } from './types.js';

/** One country in one edition: its normalised indicator scores and its raw answers. */
export interface EditionCell {
  scores: Record<string, number | null>;
  /** Raw answers in hierarchy.indicators order: number, null (blank), undefined (not applicable). */
  row: readonly (number | null | undefined)[];
  /** Cells carried forward from an earlier edition (not evidence for this one). */
  carried?: readonly boolean[];
}

/**
 * Change of the index score computed like for like: both editions re-aggregated from only the
 * indicators the country answered in both (not blank, not not-applicable, not carried forward,
 * not imputed), every other indicator treated as blank, under the same aggregation rules.
 * `compared` is how many indicators that is; `applicable` how many apply now. The score is null
 * when either re-aggregated index has no value (too few common answers for minCoverage), and
 * always under copeland aggregation: a Copeland score counts wins over the other countries, each
 * restricted to its own common answers, so no like-for-like change exists.
 * @example 2 indicators, A answered 50 then 100, B blank then 100: headline 100 − 50 = +50, like for like on A alone: +50, compared 1 of 2
 */
export function likeForLike(hierarchy: Hierarchy, aggregation: Methodology['aggregate'], now: EditionCell, before: EditionCell): LikeForLike {
  const answered = (cell: EditionCell, i: number) => typeof cell.row[i] === 'number' && !cell.carried?.[i];
  const common = new Set(hierarchy.indicators.filter((_, i) => answered(now, i) && answered(before, i)));
  const applicable = now.row.filter((v) => v !== undefined).length;
  if (usesCopeland(aggregation)) return { score: null, compared: common.size, applicable };
  const restricted = (cell: EditionCell) => {
    const leaves: Record<string, number | null | undefined> = {};
    hierarchy.indicators.forEach((id, i) => {
      leaves[id] = cell.row[i] === undefined ? undefined : common.has(id) ? cell.scores[id] ?? null : null;
    });
    return aggregateTree(leaves, hierarchy, aggregation)[hierarchy.rootId] ?? null;
  };
  const s1 = restricted(now);
  const s0 = restricted(before);
  return { score: s0 !== null && s1 !== null ? s1 - s0 : null, compared: common.size, applicable };
}
