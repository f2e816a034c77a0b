#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cliText, usage } from '../messages/cli.js';
import { EngineError } from '../engine/aggregate-tree.js';
import { OutputRefused } from '../io/output-refused.js';
import { errnoReason } from '../io/errno.js';
import { suggest } from '../problems/suggest.js';
import { UsageError } from './args.js';
import { processIo, type Command, type Io } from './io.js';

/** Commands load lazily so that `validate` does not pay for the chart stack. */
const commands: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate.js')).validate,
  score: async () => (await import('./score.js')).score,
  schema: async () => (await import('./schema.js')).schema,
  import: async () => (await import('./import.js')).importWide,
  coverage: async () => (await import('./coverage.js')).coverage,
  evidence: async () => (await import('./evidence.js')).evidence,
  report: async () => (await import('./report.js')).report,
  audit: async () => (await import('./audit.js')).audit,
  sensitivity: async () => (await import('./sensitivity.js')).sensitivity,
  serve: async () => (await import('./serve.js')).serve,
};

/** Runs the command line; returns the exit code. Never lets a stack trace reach the user. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.out(`${usage.main}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    io.err(`${cliText.unknownCommand(name, suggest(name, Object.keys(commands)))}\n`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${cliText.badOption(e.message, name)}\n`);
      return 2;
    }
    if (e instanceof OutputRefused) {
      io.err(`${cliText.refused(name, e.message)}\n`);
      return e.code === 'busy' || e.code === 'changed' ? 1 : 2;
    }
    if (e instanceof EngineError) {
      io.err(`${cliText.engine(e.message)}\n`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    io.err(`${err.code && err.path ? cliText.disk(name, err.code, err.path, errnoReason(err)) : cliText.internal(err.message ?? String(e))}\n`);
    if (process.env.POLICY_INDEX_DEBUG) io.err(`${err.stack}\n`);
    return 1;
  }
}

function isEntry(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}
if (isEntry()) {
  // `policy-index score | head` closes the pipe early: that is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
