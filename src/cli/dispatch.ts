import { cliText, usage } from '../messages/cli.js';
import { EngineError } from '../engine/aggregate-tree.js';
import { OutputRefused } from '../io/output-refused.js';
import { errnoReason } from '../io/errno.js';
import { suggest } from '../problems/suggest.js';
import { UsageError } from './args.js';
import { processIo, type Command, type Io } from './io.js';

/** A command loaded when it is run, so that a command does not pay for another's modules. */
export type Commands = Record<string, () => Promise<Command>>;

/**
 * The command line over `commands`: runs one and returns the exit code. Never lets a stack trace
 * reach the user.
 */
export function cli(commands: Commands): (argv: string[], io?: Io) => Promise<number> {
  return async (argv, io = processIo()) => {
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
  };
}
