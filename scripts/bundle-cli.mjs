/**
 * Part of `npm run build`, after tsc: bundles the light commands of the command line
 * (dist/cli/light.js: validate, score, schema, coverage, evidence) with the packages they use
 * into one file, dist/cli/light.bundle.js, which the installed command (dist/cli/bin.js) runs.
 * Node then reads and links one module instead of about 150 (zod alone is 95), which is most of
 * what `validate` costs before it reads a file. Packages with native code or that only drawing
 * needs stay outside. Without the bundle, bin.js runs the same commands from dist/cli/main.js.
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const outfile = new URL('../dist/cli/light.bundle.js', import.meta.url).pathname;
await rm(outfile, { force: true });
const result = await build({
  entryPoints: [new URL('../dist/cli/light.js', import.meta.url).pathname],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@napi-rs/canvas', 'chart.js', 'chartjs-chart-matrix', 'cli-progress', 'playwright-core', 'tsx'],
  // a module that needs `require` (papaparse is CommonJS) gets one for the bundle's own location
  banner: { js: "import { createRequire as __policyIndexRequire } from 'node:module'; const require = __policyIndexRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
const inputs = Object.keys(result.metafile.inputs);
console.log(`bundled ${inputs.length} modules into dist/cli/light.bundle.js (${(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes / 1024).toFixed(0)} KB)`);
