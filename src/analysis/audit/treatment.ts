import type { EditionResult, Hierarchy } from '../../engine/types.js';
import type { TreatmentRecord } from '../../engine/treat/index.js';

/** What outlier treatment did to one indicator, in one word. */
export type TreatmentOutcome = 'none' | 'passed' | 'winsorised' | 'log' | 'failed';

/** One row of the audit's treatment table: the engine's record (null when the indicator's treatment is `none`). */
export interface TreatmentAudit {
  id: string;
  name: string;
  outcome: TreatmentOutcome;
  record: TreatmentRecord | null;
}

/**
 * The outcome of a treatment record: `none` (no treatment set for the indicator), `log` (the log
 * transform was applied), `winsorised` (points replaced), `passed` (checked, left as is) or
 * `failed` (checked, still failing and nothing applied: winmax 0 or the log switched off).
 * @example treatmentOutcome({ winsorisedHigh: 2, winsorisedLow: 0, log: false, passes: true, … }) // 'winsorised'
 */
export function treatmentOutcome(record: TreatmentRecord | null): TreatmentOutcome {
  if (record === null) return 'none';
  if (record.log) return 'log';
  if (record.winsorisedHigh + record.winsorisedLow > 0) return 'winsorised';
  return record.passes ? 'passed' : 'failed';
}

/**
 * Every indicator of an edition with what outlier treatment did to it, in file order; null when
 * the edition has no treatment at all (no indicator's treatment is set), so the audit leaves the
 * table out.
 */
export function treatmentAudit(e: Pick<EditionResult, 'treatment'>, h: Hierarchy): TreatmentAudit[] | null {
  if (e.treatment === undefined) return null;
  return h.indicators.map((id) => {
    const record = e.treatment![id] ?? null;
    return { id, name: h.nodes[id]!.name, outcome: treatmentOutcome(record), record };
  });
}
