import type { TreatmentOutcome } from './treatment.js';

/**
 * English strings of the audit's outlier-treatment table. Kept apart from `auditEn` so that a
 * translation of the audit may add them later (`AuditPageOptions.treatmentStrings`).
 */
export const auditTreatmentEn = {
  heading: 'Outlier treatment',
  title: (edition: number) => `Outlier treatment per indicator, ${edition} edition`,
  intro: 'What the methodology\u2019s outlier treatment (treat in indicators/methodology.json) did to each indicator, after imputation and before normalisation. Skew and kurtosis are the bias-corrected sample statistics over the countries with a value.',
  col: {
    indicator: 'Indicator',
    outcome: 'Treatment',
    skewBefore: 'Skew before',
    kurtosisBefore: 'Kurtosis before',
    skewAfter: 'Skew after',
    kurtosisAfter: 'Kurtosis after',
    high: 'Winsorised (high)',
    low: 'Winsorised (low)',
    passes: 'Passes after',
  },
  short: { skewBefore: 'skew', kurtosisBefore: 'kurt', skewAfter: 'skew\u2032', kurtosisAfter: 'kurt\u2032', high: 'win. high', low: 'win. low', passes: 'passes' },
  outcome: {
    none: 'none set',
    passed: 'checked, left as is',
    winsorised: 'winsorised',
    log: 'log transform',
    failed: 'checked, still failing',
  } satisfies Record<TreatmentOutcome, string>,
  yes: 'yes',
  no: 'no',
  notes: {
    rule: 'A column passes when |skew| is below its threshold or kurtosis is below its own (COINr\u2019s defaults: 2 and 3.5). Winsorised: points set to the next value inwards, on the high or low side. Log transform: ln(x \u2212 min + 0.01\u00b7(max \u2212 min)) of the original column.',
  },
};

export type AuditTreatmentStrings = typeof auditTreatmentEn;
