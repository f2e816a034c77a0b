import type { Band } from '../schema/methodology.js';

/**
 * The band of a score: the band with the highest `min` that the score reaches; null for a
 * missing score or one below every band.
 * @example bandOf(61, [{ min: 0, label: 'Low' }, { min: 60, label: 'High' }]) // 'High'
 */
export function bandOf(score: number | null, bands: readonly Band[]): string | null {
  if (score === null) return null;
  let best: Band | null = null;
  for (const b of bands) if (score >= b.min && (best === null || b.min > best.min)) best = b;
  return best?.label ?? null;
}
