import { ciede2000 } from './ciede2000.js';
import { simulate, type Deficiency } from './colour-vision.js';
import { rgbToLab, type Rgb } from './srgb.js';

export interface PaletteDistance {
  vision: 'normal' | Deficiency;
  /** The closest pair of colours, by index into the palette. */
  pair: [number, number];
  /** Their CIEDE2000 difference as seen with this vision. */
  deltaE: number;
}

/**
 * For normal vision and each dichromacy, the smallest CIEDE2000 difference between any two
 * colours of `palette` (as seen: simulated with Machado 2009 first). Fewer than two colours give
 * an infinite distance.
 */
export function paletteDistances(palette: readonly Rgb[]): PaletteDistance[] {
  const visions = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
  return visions.map((vision) => {
    const seen = palette.map((c) => rgbToLab(vision === 'normal' ? c : simulate(c, vision)));
    let best: PaletteDistance = { vision, pair: [0, 0], deltaE: Infinity };
    for (let i = 0; i < seen.length; i += 1) {
      for (let j = i + 1; j < seen.length; j += 1) {
        const d = ciede2000(seen[i]!, seen[j]!);
        if (d < best.deltaE) best = { vision, pair: [i, j], deltaE: d };
      }
    }
    return best;
  });
}
