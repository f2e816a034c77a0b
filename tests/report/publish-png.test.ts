import { crc32 as zlibCrc32 } from 'node:zlib';
import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { crc32, encodeChunk, pngChunks, withPhys } from '../../src/lib/png-chunks.js';
import { rankingBar } from '../../src/report/charts/ranking-bar.js';
import { printWidthCm } from '../../src/report/publish/png.js';
import { pngScaleFor, renderPng, renderPngAsync } from '../../src/report/render/chart.js';
import { sampleSpecs } from './fixtures/specs.js';

/** pHYs of a PNG as numbers, after checking that every chunk's CRC is right (by zlib's CRC-32, not ours). */
function phys(png: Uint8Array): { x: number; y: number; unit: number; after: string; dpi: number } {
  const chunks = pngChunks(png);
  for (const c of chunks) expect(c.crc, `CRC of ${c.type}`).toBe(zlibCrc32(Buffer.concat([Buffer.from(c.type, 'latin1'), c.data])));
  const k = chunks.findIndex((c) => c.type === 'pHYs');
  expect(chunks.filter((c) => c.type === 'pHYs')).toHaveLength(1);
  expect(k).toBeLessThan(chunks.findIndex((c) => c.type === 'IDAT'));
  const d = Buffer.from(chunks[k]!.data);
  expect(d.length).toBe(9);
  return { x: d.readUInt32BE(0), y: d.readUInt32BE(4), unit: d[8]!, after: chunks[k - 1]!.type, dpi: d.readUInt32BE(0) * 0.0254 };
}

describe('PNG chunks', () => {
  it('crc32 agrees with zlib on the PNG specification’s IEND CRC (AE 42 60 82) and on arbitrary bytes', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919 + 13) % 256);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it('encodeChunk writes length, type, data and CRC; pngChunks reads them back', () => {
    const chunk = encodeChunk('tEXt', new TextEncoder().encode('a\0b'));
    expect([...chunk.subarray(0, 8)]).toEqual([0, 0, 0, 3, 0x74, 0x45, 0x58, 0x74]);
    expect(Buffer.from(chunk).readUInt32BE(11)).toBe(zlibCrc32(Buffer.from('tEXta\0b', 'latin1')));
    expect(() => encodeChunk('IDAT!', new Uint8Array())).toThrow(/four ASCII letters/);
    expect(() => pngChunks(new Uint8Array(20))).toThrow(/not a PNG/);
  });

  it('withPhys puts one pHYs right after IHDR (replacing any), keeps every other chunk, and the image still decodes', async () => {
    const png = renderPng({ ...sampleSpecs()[0]!, width: 300, height: 200 }, { scale: 1 });
    const once = withPhys(png, 300 / 0.0254);
    expect(phys(once)).toMatchObject({ x: 11811, y: 11811, unit: 1, after: 'IHDR' });
    const twice = withPhys(once, 72 / 0.0254);
    expect(phys(twice)).toMatchObject({ x: 2835, y: 2835 });
    const others = (b: Uint8Array) => pngChunks(b).filter((c) => c.type !== 'pHYs').map((c) => [c.type, Buffer.from(c.data).toString('hex')]);
    expect(others(twice)).toEqual(others(png));
    expect((await loadImage(twice)).width).toBe(300);
    expect(withPhys(png, 11811).equals(withPhys(png, 11811))).toBe(true);
    expect(() => withPhys(png, 0)).toThrow(/pixels per metre/);
  });
});

describe('chart PNGs carry their print resolution', () => {
  const wide = rankingBar([{ label: 'A', value: 50 }, { label: 'B', value: 20 }]);

  it('at the default print scale a 1200 px wide chart is 300 dpi at 27 cm (a pHYs of 11 811 px/m, ±0.1 dpi)', async () => {
    expect(printWidthCm(wide)).toBe(27);
    const png = await renderPngAsync(wide, { scale: pngScaleFor(wide) });
    const p = phys(png);
    expect(p.unit).toBe(1);
    expect(p.x).toBe(p.y);
    expect(Math.abs(p.dpi - 300)).toBeLessThan(0.1);
    // by hand: ceil(300 dpi × 27 cm / 2.54) = 3189 px wide; 3189 px / 0.27 m = 11 811.1 → 11 811 px/m (299.9994 dpi)
    expect(png.readUInt32BE(16)).toBe(3189);
    expect(p.x).toBe(11811);
  });

  it('a radar-sized chart (800 px) is 300 dpi at its 13.5 cm print width', () => {
    const small = { ...wide, width: 800, height: 800 };
    const p = phys(renderPng(small, { scale: pngScaleFor(small) }));
    expect(Math.abs(p.dpi - 300)).toBeLessThan(0.2);
  });

  it('a fixed --png-scale 1 says what it gives: 1200 px over 27 cm is 113 dpi (4444 px/m)', () => {
    expect(phys(renderPng(wide, { scale: 1 })).x).toBe(4444);
  });
});
