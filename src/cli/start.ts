import { processIo, type Io } from './io.js';

/** Runs a command line on this process's arguments and sets its exit code; `codeId`: see Io. */
export function start(main: (argv: string[], io?: Io) => Promise<number>, codeId?: string): void {
  // `policy-index score | head` closes the pipe early: that is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  void main(process.argv.slice(2), codeId === undefined ? processIo() : { ...processIo(), codeId }).then((code) => { process.exitCode = code; });
}
