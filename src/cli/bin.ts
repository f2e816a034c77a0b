#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { lightCommands } from './light-commands.js';
import { start } from './start.js';

/**
 * The installed `policy-index` command. A light command (validate, score …) runs from the
 * single bundled file when the build made one, as a researcher runs validate after every edit;
 * everything else, and any command from the TypeScript sources, runs from main.
 */
const bundle = new URL('./light.bundle.js', import.meta.url);
const light = Object.hasOwn(lightCommands, process.argv[2] ?? '') && existsSync(bundle);
const { main } = (await import(light ? bundle.href : './main.js')) as { main: Parameters<typeof start>[0] };
start(main);
