#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lightCommands } from './light-commands.js';
import { start } from './start.js';

/**
 * The installed `policy-index` command. A light command (validate, score …) runs from the
 * single bundled file and its code cache when the build made them (scripts/bundle-cli.mjs), as a
 * researcher runs validate after every edit; everything else, and any command when there is no
 * bundle, runs from main.
 */
const bundle = fileURLToPath(new URL('./light.bundle.cjs', import.meta.url));
if (Object.hasOwn(lightCommands, process.argv[2] ?? '') && existsSync(bundle)) {
  const { loadBundle } = await import('./bundle-loader.js');
  const { main, codeId } = loadBundle(bundle, fileURLToPath(new URL('./light.bundle.cache', import.meta.url)));
  start(main, codeId);
} else {
  start((await import('./main.js')).main);
}
