import { createCanvas, loadImage } from '@napi-rs/canvas';

/**
 * A chart configuration as stable, readable JSON for snapshots: functions become "[function]",
 * so a snapshot records that a callback exists without depending on its source text.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'function' ? '[function]' : v), 2);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Number of distinct RGBA colours in a PNG, counted up to `cap`. */
export async function distinctColours(png: Buffer, cap = 1000): Promise<number> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const pixels = new Uint32Array(ctx.getImageData(0, 0, image.width, image.height).data.buffer);
  const seen = new Set<number>();
  for (const p of pixels) {
    seen.add(p);
    if (seen.size >= cap) break;
  }
  return seen.size;
}

/** The words an SVG keeps as `<text>`, in document order, one space between elements (XML entities decoded). */
export function svgText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!))
    .join(' ');
}
