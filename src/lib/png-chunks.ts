/**
 * Reading and writing PNG chunks (ISO/IEC 15948, W3C PNG 2nd/3rd edition §5): after the 8-byte
 * signature, each chunk is length (4 bytes, big-endian, of the data only) · type (4 ASCII
 * letters) · data · CRC-32 over type and data. Pure functions on bytes.
 */

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

let table: Uint32Array | undefined;

/**
 * CRC-32 as PNG uses it (ISO 3309 / ITU-T V.42: polynomial 0xEDB88320 reflected, initial and
 * final XOR 0xFFFFFFFF), the table-driven algorithm of the PNG specification's annex D.
 * @example crc32(new TextEncoder().encode('IEND')) // 0xAE426082
 */
export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = crc;
  for (const b of bytes) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  type: string;
  data: Uint8Array;
  /** Byte offset of the chunk's length field in the file. */
  offset: number;
  /** The CRC stored in the file (check it against crc32 of type + data). */
  crc: number;
}

/** The chunks of a PNG, in file order; throws when the bytes are not a well-formed PNG. */
export function pngChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG (the 8-byte signature is missing)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: PngChunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length) throw new Error(`PNG chunk at byte ${at} is cut short`);
    const length = view.getUint32(at);
    if (at + 12 + length > png.length) throw new Error(`PNG chunk at byte ${at} claims ${length} bytes past the end of the file`);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    out.push({ type, data: png.subarray(at + 8, at + 8 + length), offset: at, crc: view.getUint32(at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return out;
}

/** One chunk's bytes: length, type, data, CRC-32 over type and data. */
export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  if (!/^[A-Za-z]{4}$/.test(type)) throw new Error(`"${type}" is not a PNG chunk type (expected four ASCII letters)`);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * The PNG with its physical pixel size set: a pHYs chunk (pixels per metre on x and y, unit 1 =
 * metre) right after IHDR, replacing any pHYs already there. Nothing else changes, so the same
 * bytes in give the same bytes out. 300 dpi is 11811 pixels per metre (300 / 0.0254, rounded).
 * @example phys(300 / 0.0254) → the pHYs data 00 00 2E 23 00 00 2E 23 01
 */
export function withPhys(png: Uint8Array, pixelsPerMetre: number): Buffer {
  const ppm = Math.round(pixelsPerMetre);
  if (!(ppm >= 1 && ppm <= 0xffffffff)) throw new Error(`pixels per metre must be from 1 to 2^32 − 1, got ${pixelsPerMetre}`);
  const chunks = pngChunks(png);
  if (chunks[0]?.type !== 'IHDR') throw new Error('PNG does not start with IHDR');
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, ppm);
  view.setUint32(4, ppm);
  data[8] = 1;
  const parts: Uint8Array[] = [SIGNATURE];
  for (const c of chunks) {
    if (c.type === 'pHYs') continue;
    parts.push(png.subarray(c.offset, c.offset + 12 + c.data.length));
    if (c.type === 'IHDR') parts.push(encodeChunk('pHYs', data));
  }
  return Buffer.concat(parts);
}
