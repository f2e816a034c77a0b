import type { MethodWarning } from '../../analysis/degenerate.js';
import type { AlternativeWarning } from '../../analysis/sensitivity/degenerate.js';
import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';

/** One degenerate-method warning in a report language (the method keeps its own name). */
export function methodWarningText(s: Strings, w: MethodWarning): string {
  switch (w.kind) {
    case 'zeroed': return t(s, 'warn.zeroed', { method: w.method, count: w.count, of: w.of });
    case 'tied': return t(s, 'warn.tied', { method: t(s, 'warn.methods', { ...w.method }), count: w.count, of: w.of, rank: w.rank });
    case 'flat': return t(s, 'warn.flat', { method: w.method, count: w.count, indicator: w.name });
  }
}

/** A degenerate-method warning under an alternative of the sensitivity analysis, in a report language. */
export function alternativeWarningText(s: Strings, w: AlternativeWarning): string {
  return t(s, 'warn.alternative', { alternative: w.alternative, text: methodWarningText(s, w.warning) });
}
