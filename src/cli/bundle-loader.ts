import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import type { Io } from './io.js';

type Main = (argv: string[], io?: Io) => Promise<number>;

/**
 * Runs the bundled light commands (a CommonJS file, see scripts/bundle-cli.mjs) with V8's code
 * cache beside it when there is one: V8 then skips parsing and compiling most of the bundle, a
 * good part of what `validate` costs. A cache that this node does not accept (another version) is
 * ignored and the file compiles as usual; one is never written here, only by the build.
 * `codeId` is the sha-256 of the bundle: what the commands' own caches are keyed by.
 */
export function loadBundle(file: string, cacheFile?: string): { main: Main; script: Script; codeId: string } {
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // the build writes the bundle as ASCII (scripts/bundle-cli.mjs), which reads without decoding
  const bytes = readFileSync(file);
  const code = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, { filename: file, cachedData });
  const module = { exports: {} as { main?: Main } };
  (script.runInThisContext() as (e: object, r: NodeJS.Require, m: object, f: string, d: string) => void)(module.exports, createRequire(file), module, file, dirname(file));
  if (typeof module.exports.main !== 'function') throw new Error(`${file} does not export main`);
  return { main: module.exports.main, script, codeId: createHash('sha256').update(bytes).digest('hex') };
}
