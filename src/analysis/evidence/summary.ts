import type { Dataset } from '../../schema/dataset.js';
import { flagCodes, isProblem, type AnswerEvidence, type FlagCode } from '../../validate/evidence/flags.js';

/** Counts of answers per flag (an answer counts once per flag code, however many times it has it). */
export type FlagCounts = Record<FlagCode, number>;

export interface EvidenceFigures {
  /** Answered cells looked at. */
  answers: number;
  /** Answers with at least one flag that is a problem. */
  flagged: number;
  /** Answers per flag code (problems only: stated later sources and named weak hosts are not counted). */
  byFlag: FlagCounts;
  /** Answers whose source year is after the edition year + 1 (issue 16's measure). */
  afterYearPlusOne: number;
  /** Per edition: answers, and those whose source is dated after the reference date (stated or not). */
  editions: { edition: number; answers: number; after: number; stated: number }[];
  /** Answers citing at least one weak host (named or not), and those citing only weak hosts. */
  weakAny: number;
  weakOnly: number;
}

const emptyCounts = (): FlagCounts => Object.fromEntries(flagCodes.map((c) => [c, 0])) as FlagCounts;

/** The dataset-wide figures of the evidence check. Pure. */
export function evidenceFigures(dataset: Pick<Dataset, 'editions'>, evidence: readonly AnswerEvidence[]): EvidenceFigures {
  const byFlag = emptyCounts();
  let flagged = 0;
  let afterYearPlusOne = 0;
  let weakAny = 0;
  let weakOnly = 0;
  const editions = dataset.editions.map((edition) => ({ edition, answers: 0, after: 0, stated: 0 }));
  for (const e of evidence) {
    const problems = new Set(e.flags.filter(isProblem).map((f) => f.code));
    for (const c of problems) byFlag[c]++;
    if (problems.size > 0) flagged++;
    const date = e.answer.sourceDate;
    if (date !== null && Number(date.slice(0, 4)) > e.answer.edition + 1) afterYearPlusOne++;
    const weak = e.flags.filter((f) => f.code === 'weak_source');
    if (weak.length > 0) weakAny++;
    if (weak.some((f) => f.code === 'weak_source' && f.only)) weakOnly++;
    const row = editions.find((r) => r.edition === e.answer.edition);
    const after = e.flags.find((f) => f.code === 'after_reference');
    if (row) {
      row.answers++;
      if (after) row.after++;
      if (after?.code === 'after_reference' && after.stated) row.stated++;
    }
  }
  return { answers: evidence.length, flagged, byFlag, afterYearPlusOne, editions, weakAny, weakOnly };
}

/** Flag counts per country (answers per flag code, problems only), in the order of the dataset's countries. */
export function countsByCountry(dataset: Pick<Dataset, 'countries'>, evidence: readonly AnswerEvidence[]): { iso3: string; answers: number; flagged: number; byFlag: FlagCounts }[] {
  const rows = new Map(dataset.countries.map((c) => [c.iso3, { iso3: c.iso3, answers: 0, flagged: 0, byFlag: emptyCounts() }]));
  for (const e of evidence) {
    const row = rows.get(e.answer.country);
    if (!row) continue;
    row.answers++;
    const problems = new Set(e.flags.filter(isProblem).map((f) => f.code));
    for (const c of problems) row.byFlag[c]++;
    if (problems.size > 0) row.flagged++;
  }
  return [...rows.values()];
}
