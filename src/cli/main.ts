#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli, type Commands } from './dispatch.js';
import { lightCommands } from './light-commands.js';
import { start } from './start.js';

/** Every command, each loaded when it runs, so that `validate` does not pay for the chart stack. */
export const commands: Commands = {
  ...lightCommands,
  import: async () => (await import('./import.js')).importWide,
  report: async () => (await import('./report.js')).report,
  audit: async () => (await import('./audit.js')).audit,
  sensitivity: async () => (await import('./sensitivity.js')).sensitivity,
  serve: async () => (await import('./serve.js')).serve,
};

/** Runs the command line; returns the exit code. */
export const main = cli(commands);

function isEntry(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}
if (isEntry()) start(main);
