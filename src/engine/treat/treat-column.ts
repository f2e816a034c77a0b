import type { Treatment } from '../../schema/methodology.js';
import { kurtosis, kurtosisOf } from './kurtosis.js';
import { logCT } from './log-ct.js';
import { passes, verdict } from './passes.js';
import { moments, skew, skewOf } from './skew.js';
import { winsorise } from './winsorise.js';

/** What treatment did to one column: the audit's row. Skew and kurtosis are type 2 (null if undefined). */
export interface TreatmentRecord {
  skewBefore: number | null;
  kurtosisBefore: number | null;
  skewAfter: number | null;
  kurtosisAfter: number | null;
  /** Points replaced by winsorisation (high side + low side); 0 when the log transform was used instead. */
  winsorisedHigh: number;
  winsorisedLow: number;
  log: boolean;
  /** Whether the treated column passes the check (always true for `none` on a passing column). */
  passes: boolean;
}

/**
 * Treats one indicator's column for outliers (COINr's `Treat.numeric` with f1 = winsorise,
 * f2 = log_CT, f_pass = check_SkewKurt, combine_treat = FALSE): a passing column is left alone;
 * otherwise it is winsorised; if that still fails within `winmax` points and `log` is on, the log
 * transform is applied to the ORIGINAL column instead (winsorisation undone). Missing (`null`) and
 * not-applicable (`undefined`) cells are kept as they are and ignored by the statistics.
 * Ref: Becker et al., COINr (2022), vignette "Outlier Treatment"; OECD/JRC Handbook (2008) §3.
 * @example treatColumn([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100], { method: 'winsorise', winmax: 5, skew: 2, kurtosis: 3.5, log: true }).values // [1, …, 10, 30, 30]
 */
export function treatColumn(
  column: readonly (number | null | undefined)[],
  treatment: Treatment,
): { values: (number | null | undefined)[]; record: TreatmentRecord } {
  const at: number[] = [];
  const xs: number[] = [];
  column.forEach((v, i) => { if (typeof v === 'number') { at.push(i); xs.push(v); } });
  const [m2, m3, m4] = moments(xs); // once for the column as it is
  const s0 = skewOf(xs.length, m2, m3);
  const k0 = kurtosisOf(xs.length, m2, m4);
  const record = (ys: readonly number[], high: number, low: number, log: boolean, ok: boolean): TreatmentRecord => ({
    skewBefore: s0, kurtosisBefore: k0, skewAfter: ys === xs ? s0 : skew(ys), kurtosisAfter: ys === xs ? k0 : kurtosis(ys), winsorisedHigh: high, winsorisedLow: low, log, passes: ok,
  });
  const put = (ys: readonly number[]) => {
    const out = [...column];
    at.forEach((i, k) => { out[i] = ys[k]!; });
    return out;
  };
  const t = treatment.method === 'winsorise' ? { skew: treatment.skew, kurtosis: treatment.kurtosis } : { skew: 2, kurtosis: 3.5 };
  const asIs = verdict(s0, k0, t); // passes(xs, t)
  if (treatment.method === 'none') return { values: [...column], record: record(xs, 0, 0, false, asIs) };
  if (treatment.method === 'log') {
    const ys = logCT(xs);
    return { values: put(ys), record: record(ys, 0, 0, true, passes(ys, t)) };
  }
  if (asIs) return { values: [...column], record: record(xs, 0, 0, false, true) };
  const w = winsorise(xs, treatment.winmax, t);
  if (w.passes || !treatment.log) return { values: put(w.values), record: record(w.values, w.high.length, w.low.length, false, w.passes) };
  const ys = logCT(xs);
  return { values: put(ys), record: record(ys, 0, 0, true, passes(ys, t)) };
}
