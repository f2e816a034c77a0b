import { en, type Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import type { TreatmentOutcome } from './treatment.js';

/**
 * The words of the audit's outlier-treatment table in one language, from the `audit.treatment.*`
 * messages of its report catalogue (src/messages/report-<lang>.ts). Pure.
 */
export function auditTreatmentStrings(s: Strings) {
  const m = (key: Parameters<typeof t>[1], params: Record<string, string | number> = {}) => t(s, key, params);
  return {
    heading: m('audit.treatment.heading'),
    title: (edition: number) => m('audit.treatment.title', { edition }),
    intro: m('audit.treatment.intro'),
    col: {
      indicator: m('audit.treatment.col.indicator'),
      outcome: m('audit.treatment.col.outcome'),
      skewBefore: m('audit.treatment.col.skewBefore'),
      kurtosisBefore: m('audit.treatment.col.kurtosisBefore'),
      skewAfter: m('audit.treatment.col.skewAfter'),
      kurtosisAfter: m('audit.treatment.col.kurtosisAfter'),
      high: m('audit.treatment.col.high'),
      low: m('audit.treatment.col.low'),
      passes: m('audit.treatment.col.passes'),
    },
    short: {
      skewBefore: m('audit.treatment.short.skewBefore'),
      kurtosisBefore: m('audit.treatment.short.kurtosisBefore'),
      skewAfter: m('audit.treatment.short.skewAfter'),
      kurtosisAfter: m('audit.treatment.short.kurtosisAfter'),
      high: m('audit.treatment.short.high'),
      low: m('audit.treatment.short.low'),
      passes: m('audit.treatment.short.passes'),
    },
    outcome: {
      none: m('audit.treatment.outcome.none'),
      passed: m('audit.treatment.outcome.passed'),
      winsorised: m('audit.treatment.outcome.winsorised'),
      log: m('audit.treatment.outcome.log'),
      failed: m('audit.treatment.outcome.failed'),
    } satisfies Record<TreatmentOutcome, string>,
    yes: m('audit.treatment.yes'),
    no: m('audit.treatment.no'),
    notes: { rule: m('audit.treatment.note.rule') },
  };
}

export type AuditTreatmentStrings = ReturnType<typeof auditTreatmentStrings>;

/** The outlier-treatment table's words in English. */
export const auditTreatmentEn: AuditTreatmentStrings = auditTreatmentStrings(en);
