import type { Problem } from '../problems/problem.js';
import { message } from '../problems/messages.js';

/** Largest CSV file the reader accepts, in bytes. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Bytes → text, accepting Excel's habits (a UTF-8 byte-order mark) and refusing what would
 * silently corrupt data: UTF-16, invalid UTF-8 (Latin-1 saved by old tools), NUL bytes.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string | null; problems: Problem[] } {
  const fail = (p: Omit<Problem, 'file' | 'severity'>) => ({ text: null, problems: [{ ...p, file, severity: 'error' as const }] });
  if (bytes.length > MAX_FILE_BYTES) {
    return fail({ code: 'csv_too_large', message: message('csv_too_large', { bytes: bytes.length, max: MAX_FILE_BYTES }) });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail({ code: 'csv_utf16', message: message('csv_utf16', {}) });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // UTF-16 without a byte-order mark shows up as every other byte NUL.
    const utf16 = bytes.length >= 4 && (bytes[1] === 0 || bytes[0] === 0) && bytes.filter((b) => b === 0).length * 3 > bytes.length;
    return utf16
      ? fail({ code: 'csv_utf16', message: message('csv_utf16', {}) })
      : fail({ code: 'csv_nul', line: lineAt(bytes, nul), message: message('csv_nul', {}) });
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, problems: [] };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return fail({ code: 'csv_not_utf8', line: lineAt(bytes, offset), message: message('csv_not_utf8', { offset }) });
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (a simple validator, enough to point at it). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
