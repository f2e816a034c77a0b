import { moments } from './skew.js';

/**
 * Sample excess kurtosis, bias-corrected (type 2 of Joanes & Gill 1998, as SAS, SPSS, Excel's
 * KURT and COINr's `kurt()`): G₂ = ((n + 1) g₂ + 6) (n − 1) / ((n − 2)(n − 3)), where
 * g₂ = m₄ / m₂² − 3 and m_k = Σ (xᵢ − x̄)^k / n. A normal sample gives about 0. Needs n ≥ 4 and
 * m₂ > 0; otherwise `null`.
 * @example kurtosis([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]) // 9.74139083456914
 */
export function kurtosis(xs: readonly number[]): number | null {
  const n = xs.length;
  if (n < 4) return null;
  const [m2, , m4] = moments(xs);
  return kurtosisOf(n, m2, m4);
}

/** G₂ from n and the central moments m₂, m₄ (see kurtosis); null unless n ≥ 4 and m₂ > 0. */
export function kurtosisOf(n: number, m2: number, m4: number): number | null {
  if (n < 4 || !(m2 > 0)) return null;
  const g2 = m4 / (m2 * m2) - 3;
  return ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3));
}
