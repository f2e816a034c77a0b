import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { bundleExplorer, BUNDLE_MODULE, bundleModule } from '../../../scripts/explorer-bundle.js';

describe('the explorer bundle', () => {
  it('src/report/explorer/bundle.generated.ts is what scripts/build-explorer.ts makes of src/explorer and src/engine today', async () => {
    const code = await bundleExplorer();
    expect(await readFile(BUNDLE_MODULE, 'utf8'), 'stale bundle: run npx tsx scripts/build-explorer.ts').toBe(bundleModule(code));
    expect(code).not.toMatch(/require\(|process\.|node:/);
  }, 30_000);
});
