import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** How many threads heavy work uses by default: one per core, at most 4. */
export const defaultThreads = (): number => Math.min(4, Math.max(1, availableParallelism()));

/**
 * A worker thread on the module `entry` (given as `new URL('./x.js', import.meta.url)` with the
 * caller's extension). From TypeScript sources (npm run …, the tests) the worker first registers
 * tsx's loader so that it can import .ts files; from dist/ it imports the .js directly.
 */
export function startWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true });
}

/** The URL of a sibling module, with the extension the caller itself was loaded with (.ts or .js). */
export function sibling(callerUrl: string, name: string): URL {
  return new URL(`./${name}${callerUrl.endsWith('.ts') ? '.ts' : '.js'}`, callerUrl);
}
