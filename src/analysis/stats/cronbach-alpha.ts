import { completeRows } from './complete-rows.js';
import type { Column } from './types.js';
import { variance } from './variance.js';

/**
 * Cronbach's alpha (Cronbach 1951, "Coefficient alpha and the internal structure of tests",
 * Psychometrika 16(3)) of k item columns, rows being countries:
 * α = k/(k − 1) · (1 − Σ s²ᵢ / s²ₜ),
 * with s²ᵢ the sample variance of item i and s²ₜ that of the row totals. α ≤ 1 always; it can be
 * negative when items are negatively correlated. Same value as R's `psych::alpha()$total$raw_alpha`.
 *
 * Missing values: listwise deletion, a row with `null` (or `NaN`) in any item is dropped.
 * Degenerate input → `null`: fewer than 2 items, fewer than 2 complete rows, or zero variance of
 * the totals. Throws a RangeError when the columns differ in length.
 *
 * @example cronbachAlpha([[1, 2, 3, 4], [2, 3, 3, 5], [1, 3, 4, 4]]) // → 0.9473684210526315 (= 18/19; hand calculation in the tests)
 */
export function cronbachAlpha(items: readonly Column[]): number | null {
  const k = items.length;
  if (k < 2) return null;
  const cols = completeRows(items);
  const n = cols[0]?.length ?? 0;
  if (n < 2) return null;
  const totals = new Array<number>(n).fill(0);
  let sumItemVar = 0;
  for (const c of cols) {
    sumItemVar += variance(c) as number;
    for (let i = 0; i < n; i++) totals[i] = (totals[i] as number) + (c[i] as number);
  }
  const totalVar = variance(totals) as number;
  if (totalVar === 0) return null;
  return (k / (k - 1)) * (1 - sumItemVar / totalVar);
}
