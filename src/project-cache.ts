import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { asciiJson, readCacheBytes, writeCacheBytes } from './io/cache-file.js';
import { paths } from './io/project.js';
import type { CountryFileResult } from './validate/reuse.js';

/**
 * Where `validate` keeps what it found in each country file, and the code it was found with.
 * A run reuses an earlier result for a file only when the file's bytes, the rest of the project,
 * today's date, the settings and `code` are all the same (the key), as linters do with
 * `--cache`; so after editing one file, only that file is read and checked again.
 */
export interface CacheSettings {
  /** The cache file (one per project folder, see cacheFileFor). */
  file: string;
  /** Identifies the running code (the sha-256 of the bundle it runs from): other code never reuses an entry. */
  code: string;
}

interface Entry extends CountryFileResult { name: string; key: string }
/**
 * The cache file: JSON lines, ASCII only. The first is `{"format":2,"code":…}`, each other one
 * country file's Entry. A run that changes one file's entry writes the other lines back as read,
 * without making their JSON again or encoding them (measured: 20 ms less per edit on the shipped data).
 */
interface Header { format: 2; code: string }
const FORMAT = 2;

/**
 * The cache file of the project folder `dir`: under $POLICY_INDEX_CACHE_DIR, else
 * $XDG_CACHE_HOME/policy-index, else ~/.cache/policy-index; never in the project itself, whose
 * files researchers keep in git.
 */
export function cacheFileFor(dir: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.POLICY_INDEX_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'policy-index');
  return join(base, `validate-${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 24)}.json`);
}

/** The entries of a cache file written by the same code, with their lines, or none. Its content is trusted only then. */
function readEntries(settings: CacheSettings): Map<string, { entry: Entry; line: Uint8Array }> {
  const entries = new Map<string, { entry: Entry; line: Uint8Array }>();
  const bytes = readCacheBytes(settings.file);
  if (bytes === null) return entries;
  try {
    // ASCII: a character is a byte, so a line's characters are its bytes
    const text = bytes.toString('latin1');
    let at = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, at)) as Partial<Header>;
    if (header.format !== FORMAT || header.code !== settings.code) return entries;
    while (at >= 0 && at + 1 < text.length) {
      const end = text.indexOf('\n', at + 1);
      const stop = end < 0 ? text.length : end;
      if (stop > at + 1) {
        const entry = JSON.parse(text.slice(at + 1, stop)) as Entry;
        entries.set(entry.name, { entry, line: bytes.subarray(at + 1, stop) });
      }
      at = end;
    }
    return entries;
  } catch {
    return new Map();
  }
}

/** One run's use of the cache: what it offers to reuse, then what the run found, written back. */
export class ProjectCache {
  private readonly entries: Map<string, { entry: Entry; line: Uint8Array }>;
  /** The key of every country file seen this run. */
  private readonly keys = new Map<string, string>();
  readonly reused = new Map<string, CountryFileResult>();

  constructor(private readonly settings: CacheSettings, private readonly salt: string) {
    this.entries = readEntries(settings);
  }

  /** For readProject's `skip`: whether an earlier result for these bytes in this context exists (it is then in `reused`). */
  skip = (name: string, bytes: Uint8Array, context: string): boolean => {
    const key = createHash('sha256').update(`${this.settings.code}\u0000${this.salt}\u0000${context}\u0000`).update(bytes).digest('hex');
    this.keys.set(name, key);
    const entry = this.entries.get(name)?.entry;
    if (entry?.key !== key) return false;
    this.reused.set(name, entry);
    return true;
  };

  /**
   * Writes back the result of every country file of this run (`found`: name → what the run found
   * for it). Nothing is written when nothing changed.
   */
  save(found: ReadonlyMap<string, CountryFileResult>): void {
    const NL = Buffer.from('\n');
    const ascii = (value: object) => Buffer.from(asciiJson(JSON.stringify(value)), 'latin1');
    const lines: Uint8Array[] = [ascii({ format: FORMAT, code: this.settings.code } satisfies Header), NL];
    let changed = this.entries.size !== found.size;
    for (const [name, result] of found) {
      const key = this.keys.get(name);
      if (key === undefined) continue;
      const before = this.entries.get(name);
      const same = before?.entry.key === key;
      // evidence not checked this run (an error elsewhere): what an earlier run found still holds for the same key
      const evidence = result.evidence ?? (same ? before!.entry.evidence : null);
      if (same && (before!.entry.evidence !== null || evidence === null)) {
        lines.push(before!.line, NL); // the same file, context and code: the same result, as written then
        continue;
      }
      changed = true;
      lines.push(ascii({ name, key, ...result, evidence } satisfies Entry), NL);
    }
    if (changed) writeCacheBytes(this.settings.file, lines);
  }
}

export const countryFile = (name: string): string => `${paths.countriesDir}/${name}`;
