import { pngChunks, withPhys } from '../../lib/png-chunks.js';

/**
 * The width a chart is meant to print at (see pngScaleFor): a full A4 landscape text width,
 * 27 cm, for charts 1000 CSS px wide or more; half of that, 13.5 cm, for smaller ones (radars).
 */
export function printWidthCm(spec: { width: number }): number {
  return spec.width >= 1000 ? 27 : 13.5;
}

/**
 * The PNG of `spec` labelled with its print resolution: a pHYs chunk saying how many pixels make
 * a metre when the image prints at printWidthCm, so a layout program places it at that size. At
 * the default print scale that is 300 dpi (11 811 px/m) or a hair above; with a fixed
 * --png-scale it is whatever that scale gives (scale 1 on a 1200 px chart: 113 dpi).
 */
export function withPrintResolution(png: Uint8Array, spec: { width: number }): Buffer {
  const ihdr = pngChunks(png)[0]!;
  const pixels = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, ihdr.data.byteLength).getUint32(0);
  return withPhys(png, pixels / (printWidthCm(spec) / 100));
}
