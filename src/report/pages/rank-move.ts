import type { Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';

/**
 * A rank's move since the previous edition in words, with an arrow: "↑ up 3 places",
 * "↓ down 1 place", "→ same place"; `delta` is previous rank − current rank (positive = moved
 * up). Null (not ranked in one of the editions) gives "–".
 * @example rankMove(en, -10) // '↓ down 10 places'
 */
export function rankMove(s: Strings, delta: number | null): string {
  if (delta === null) return '–';
  if (delta === 0) return t(s, 'move.same');
  const n = Math.abs(delta);
  if (delta > 0) return n === 1 ? t(s, 'move.upOne') : t(s, 'move.up', { n });
  return n === 1 ? t(s, 'move.downOne') : t(s, 'move.down', { n });
}
