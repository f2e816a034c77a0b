/**
 * Ids a dimension, indicator or scale may not take, compared case-insensitively (file systems on
 * Windows and macOS ignore case): the names of the report's own files and folders, which an id
 * would collide with once it names a file (`ranking/<dimension>-<edition>.md`), and the built-in
 * properties of JavaScript objects (`constructor`, `toString`, `__proto__` …), which a lookup by
 * id would otherwise find where no such id exists.
 */
const OUTPUT_NAMES = ['index', 'ranking', 'sensitivity', 'rank_intervals', 'audit', 'charts', 'scorecards', 'assets', 'readme', 'evidence', 'explorer', 'data'];
const BUILT_IN = Object.getOwnPropertyNames(Object.prototype);

/** Why `id` is reserved, or null when it is free. */
export function reservedId(id: string): 'output' | 'built-in' | null {
  const l = id.toLowerCase();
  if (OUTPUT_NAMES.includes(l)) return 'output';
  if (BUILT_IN.some((b) => b.toLowerCase() === l)) return 'built-in';
  return null;
}
