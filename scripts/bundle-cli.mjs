/**
 * Part of `npm run build`, after tsc: bundles the light commands of the command line
 * (dist/cli/light.js: validate, score, schema, coverage, evidence) with the packages they use
 * into one CommonJS file, dist/cli/light.bundle.cjs, which the installed command (dist/cli/bin.js)
 * runs. Node then reads and links one file instead of about 150 modules (zod alone is 95). The
 * bundle is then run once on this repository's own data (validate and score, output discarded)
 * and V8's code cache of what that compiled is written beside it (light.bundle.cache), so that
 * the next run skips most parsing and compiling. Packages with native code or that only drawing
 * needs stay outside. Without the bundle, bin.js runs the same commands from dist/cli/main.js.
 */
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const path = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const outfile = path('../dist/cli/light.bundle.cjs');
const cacheFile = path('../dist/cli/light.bundle.cache');
await rm(outfile, { force: true });
await rm(cacheFile, { force: true });
const result = await build({
  entryPoints: [path('../dist/cli/light.js')],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['@napi-rs/canvas', 'chart.js', 'chartjs-chart-matrix', 'cli-progress', 'playwright-core', 'tsx'],
  legalComments: 'none',
  // a module that finds files beside itself (progress.ts loads cli-progress so) finds them beside the bundle
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
  metafile: true,
});
// esbuild escapes strings but leaves comments and regular expressions as written: escape their
// characters beyond ASCII too (\uXXXX means the same there), so that the installed command reads
// the bundle as Latin-1 without decoding UTF-8 (bundle-loader.ts; measured: 8 ms less per run)
const text = await readFile(outfile, 'utf8');
await writeFile(outfile, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
const { loadBundle } = await import('../dist/cli/bundle-loader.js');
const { main, script } = loadBundle(outfile);
const quiet = { out: () => {}, err: () => {}, outTty: false, errTty: false, cwd: path('..') };
await main(['validate', '.'], quiet);
await main(['score', '.'], quiet);
const cache = script.createCachedData();
await writeFile(cacheFile, cache);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`bundled ${Object.keys(result.metafile.inputs).length} modules into dist/cli/light.bundle.cjs (${kb(Object.values(result.metafile.outputs)[0].bytes)}), code cache ${kb(cache.length)}`);
