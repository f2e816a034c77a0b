import type { MessageKey, Strings } from './report-en.js';

/**
 * A string from a catalogue with `{name}` placeholders filled in.
 * @example t(en, 'table.ranking', { edition: 2024 }) // 'Ranking, 2024 edition'
 */
export function t(strings: Strings, key: MessageKey, params: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
