import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { readCacheText, writeCacheText } from './io/cache-file.js';
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

interface Entry extends CountryFileResult { key: string }
interface CacheContent { format: 1; code: string; files: Record<string, Entry> }

/**
 * The cache file of the project folder `dir`: under $POLICY_INDEX_CACHE_DIR, else
 * $XDG_CACHE_HOME/policy-index, else ~/.cache/policy-index; never in the project itself, whose
 * files researchers keep in git.
 */
export function cacheFileFor(dir: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.POLICY_INDEX_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'policy-index');
  return join(base, `validate-${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 24)}.json`);
}

/** The entries of a cache file written by the same code, or none. Its content is trusted only then. */
function readEntries(settings: CacheSettings): Record<string, Entry> {
  const text = readCacheText(settings.file);
  if (text === null) return {};
  try {
    const content = JSON.parse(text) as Partial<CacheContent>;
    return content.format === 1 && content.code === settings.code && typeof content.files === 'object' && content.files !== null ? content.files : {};
  } catch {
    return {};
  }
}

/** One run's use of the cache: what it offers to reuse, then what the run found, written back. */
export class ProjectCache {
  private readonly entries: Record<string, Entry>;
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
    const entry = this.entries[name];
    if (entry?.key !== key) return false;
    this.reused.set(name, entry);
    return true;
  };

  /**
   * Writes back the result of every country file of this run (`found`: name → what the run found
   * for it). Nothing is written when nothing changed.
   */
  save(found: ReadonlyMap<string, CountryFileResult>): void {
    const files: Record<string, Entry> = {};
    let changed = Object.keys(this.entries).length !== found.size;
    for (const [name, result] of found) {
      const key = this.keys.get(name);
      if (key === undefined) continue;
      const before = this.entries[name];
      // evidence not checked this run (an error elsewhere): what an earlier run found still holds for the same key
      const evidence = result.evidence ?? (before?.key === key ? before.evidence : null);
      if (!before || before.key !== key || (before.evidence === null) !== (evidence === null)) changed = true;
      files[name] = { key, ...result, evidence };
    }
    if (!changed) return;
    const content: CacheContent = { format: 1, code: this.settings.code, files };
    writeCacheText(this.settings.file, JSON.stringify(content));
  }
}

export const countryFile = (name: string): string => `${paths.countriesDir}/${name}`;
