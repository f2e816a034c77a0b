import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

let memo: string | undefined;

/**
 * A hash of the code that renders the report: every file of this package's source folder (src/
 * when run from TypeScript, dist/ when compiled) and the versions of the packages that draw
 * (chart.js, its matrix plugin, @napi-rs/canvas, the fonts). A cached output is reused only by
 * the same code, so changing the renderer, a string or a dependency invalidates the cache.
 */
export function codeFingerprint(): string {
  if (memo !== undefined) return memo;
  const root = fileURLToPath(new URL('../..', import.meta.url)); // src/ or dist/
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js|mjs|json|css)$/.test(e.name) && !e.name.endsWith('.map')) hash.update(`${relative(root, p)}\0`).update(readFileSync(p)).update('\0');
    }
  };
  walk(root);
  const require = createRequire(import.meta.url);
  for (const name of ['chart.js', 'chartjs-chart-matrix', '@napi-rs/canvas', '@fontsource/noto-sans', '@fontsource/noto-sans-arabic']) {
    try {
      hash.update(`${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}\0`);
    } catch {
      hash.update(`${name}@?\0`);
    }
  }
  memo = hash.digest('hex').slice(0, 16);
  return memo;
}
