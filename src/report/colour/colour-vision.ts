import { fromLinear, toLinear, type Rgb } from './srgb.js';

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

/**
 * Simulation matrices for dichromacy (severity 1.0) from Machado, Oliveira & Fernandes (2009),
 * "A Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE Transactions on
 * Visualization and Computer Graphics 15(6):1291–1298, table of matrices, severity 1.0. They act on
 * linear RGB (the sRGB transfer function undone), rows giving R', G', B'.
 */
export const MACHADO_2009: Readonly<Record<Deficiency, readonly (readonly [number, number, number])[]>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/**
 * An sRGB colour (0–255) as a person with `deficiency` sees it (Machado 2009, severity 1.0):
 * linearise, apply the matrix, clamp, re-encode. Unrounded.
 * @example simulate([255, 0, 0], 'protanopia') // ≈ [111, 92, 0] (a dark olive)
 */
export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const lin = rgb.map(toLinear) as [number, number, number];
  const m = MACHADO_2009[deficiency];
  return m.map((row) => fromLinear(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])) as unknown as Rgb;
}
