/**
 * Sample skewness, bias-corrected (type 2 of Joanes & Gill 1998, as SAS, SPSS, Excel's SKEW and
 * COINr's `skew()`): G₁ = g₁ · √(n(n − 1)) / (n − 2), where g₁ = m₃ / m₂^(3/2) and
 * m_k = Σ (xᵢ − x̄)^k / n. Needs n ≥ 3 and m₂ > 0; otherwise `null` (a constant column has no skew).
 * @example skew([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]) // 3.0632410342394985
 */
export function skew(xs: readonly number[]): number | null {
  const n = xs.length;
  if (n < 3) return null;
  const [m2, m3] = moments(xs);
  return skewOf(n, m2, m3);
}

/** G₁ from n and the central moments m₂, m₃ (see skew); null unless n ≥ 3 and m₂ > 0. */
export function skewOf(n: number, m2: number, m3: number): number | null {
  if (n < 3 || !(m2 > 0)) return null;
  return (m3 / m2 ** 1.5) * Math.sqrt(n * (n - 1)) / (n - 2);
}

/** Central moments m₂, m₃, m₄ (divided by n), two passes. */
export function moments(xs: readonly number[]): [number, number, number] {
  const n = xs.length;
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d = x - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  return [m2 / n, m3 / n, m4 / n];
}
