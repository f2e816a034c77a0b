/**
 * Bundles the explorer's browser code (src/explorer/, which runs the engine in src/engine/) into
 * one minified script and writes it as a string constant to src/report/explorer/bundle.generated.ts,
 * which the report inlines. Run after changing src/explorer/ or src/engine/:
 *   npx tsx scripts/build-explorer.ts        (write)
 *   npx tsx scripts/build-explorer.ts --check (exit 1 if the committed bundle is stale)
 * tests/report/site/explorer-bundle.test.ts runs the check.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { bundleExplorer, BUNDLE_MODULE, bundleModule } from './explorer-bundle.js';

const code = await bundleExplorer();
const wanted = bundleModule(code);
if (process.argv.includes('--check')) {
  const have = await readFile(BUNDLE_MODULE, 'utf8').catch(() => '');
  if (have !== wanted) {
    console.error(`${BUNDLE_MODULE} is stale: run npx tsx scripts/build-explorer.ts`);
    process.exit(1);
  }
} else {
  await writeFile(BUNDLE_MODULE, wanted);
  console.log(`wrote ${BUNDLE_MODULE} (${code.length} bytes of script)`);
}
