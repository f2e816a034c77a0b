import { buildIndex } from '../../engine/build-index.js';
import type { Dataset } from '../../schema/dataset.js';
import type { SensitivitySettings } from '../../schema/methodology.js';
import { degenerateMethods, type MethodWarning } from '../degenerate.js';
import { alternativeMethodology, alternativesOf, labelOf } from './factors.js';

/** A degenerate-method warning under one alternative that the sensitivity analysis samples. */
export interface AlternativeWarning {
  factor: 'normaliser' | 'aggregator' | 'imputation' | 'treatment' | 'denomination' | 'screening';
  /** The alternative as the analysis labels it: "percentile", "generalised (p = 0.5)", "lowest". */
  alternative: string;
  warning: MethodWarning;
}

/**
 * The degenerate-method warnings (analysis/degenerate.ts) of an edition (default the latest) under each
 * alternative normaliser, aggregator, imputation, outlier treatment, denomination and screening the
 * sensitivity analysis samples, each
 * swapped into the methodology alone as the analysis does (alternativeMethodology). An
 * alternative that zeroes or ties most countries widens every plausible rank range for a reason
 * that is the method's, not the data's: the analysis should say so. Pure.
 */
export function degenerateAlternatives(dataset: Dataset, settings: SensitivitySettings = dataset.methodology.sensitivity, edition?: number): AlternativeWarning[] {
  const alternatives = alternativesOf(settings);
  const out: AlternativeWarning[] = [];
  const check = (factor: AlternativeWarning['factor'], label: string, methodology: ReturnType<typeof alternativeMethodology>) => {
    const result = buildIndex(dataset, { methodology });
    const latest = edition === undefined ? result.editions.at(-1) : result.editions.find((e) => e.edition === edition);
    if (!latest) return;
    for (const warning of degenerateMethods(result, latest, dataset.indicators)) out.push({ factor, alternative: label, warning });
  };
  for (const n of alternatives.normalisers) if (n) check('normaliser', labelOf(n), alternativeMethodology(dataset.methodology, n, null, null));
  for (const a of alternatives.aggregators) if (a) check('aggregator', labelOf(a), alternativeMethodology(dataset.methodology, null, a, null));
  for (const i of alternatives.imputations) if (i) check('imputation', labelOf(i), alternativeMethodology(dataset.methodology, null, null, i));
  for (const x of alternatives.treatments) if (x) check('treatment', labelOf(x), alternativeMethodology(dataset.methodology, null, null, null, x));
  for (const d of alternatives.denominations) if (d !== null) check('denomination', labelOf(d), alternativeMethodology(dataset.methodology, null, null, null, null, d));
  for (const x of alternatives.screens) if (x) check('screening', labelOf(x), alternativeMethodology(dataset.methodology, null, null, null, null, null, x));
  return out;
}
