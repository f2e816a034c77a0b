/**
 * sRGB ↔ linear RGB ↔ CIE XYZ ↔ CIELAB (D65), per IEC 61966-2-1 (sRGB) and CIE 15:2004 (Lab).
 * Channels are 0–255 for sRGB, 0–1 for linear RGB.
 */
export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];

/** '#RRGGBB' → [r, g, b] in 0–255. @example hexToRgb('#0072B2') // [0, 114, 178] */
export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`not a #RRGGBB colour: "${hex}"`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** The sRGB transfer function undone: an 8-bit channel to linear light, 0–1. */
export function toLinear(c: number): number {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** Linear light (clamped to 0–1) back to an 8-bit sRGB channel, unrounded. */
export function fromLinear(v: number): number {
  const x = Math.min(1, Math.max(0, v));
  return 255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);
}

/**
 * sRGB (0–255) → CIELAB under D65 (white Xn = 0.95047, Yn = 1, Zn = 1.08883).
 * @example rgbToLab([255, 255, 255]) // ≈ [100, 0, 0]
 */
export function rgbToLab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
