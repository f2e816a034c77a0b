import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../problems/problem.js';
import { parseCsv } from './csv.js';
import { decodeText } from './decode.js';

/**
 * indicators/i18n/<lang>.csv (columns key,text): the framework's words in that language.
 * A missing file means no translation (English words are used).
 */
export async function readTranslations(root: string, lang: string): Promise<{ table: Map<string, string>; problems: Problem[] }> {
  const rel = `indicators/i18n/${lang}.csv`;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(root, rel));
  } catch {
    return { table: new Map(), problems: [] };
  }
  const decoded = decodeText(bytes, rel);
  if (decoded.text === null) return { table: new Map(), problems: decoded.problems };
  const parsed = parseCsv(decoded.text, rel, { required: ['key', 'text'] });
  const table = new Map<string, string>();
  for (const r of parsed.table?.rows ?? []) if (r.record.key && r.record.text) table.set(r.record.key.trim(), r.record.text);
  return { table, problems: parsed.problems };
}
