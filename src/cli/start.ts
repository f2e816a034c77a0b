import type { Io } from './io.js';

/** Runs a command line on this process's arguments and sets its exit code. */
export function start(main: (argv: string[], io?: Io) => Promise<number>): void {
  // `policy-index score | head` closes the pipe early: that is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
