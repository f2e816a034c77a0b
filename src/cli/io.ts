/** Where a command writes: results to `out` (stdout), diagnostics to `err` (stderr). */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stdout/stderr are terminals: colour and progress only then. */
  outTty: boolean;
  errTty: boolean;
  /** The width of the terminal on stderr, when it is one. */
  errColumns?: number;
  cwd: string;
  /**
   * Identifies the running code (the sha-256 of the bundle the installed command runs from, see
   * bundle-loader.ts). Set, `validate` keeps what it found in each country file for the next run.
   */
  codeId?: string;
}

export const processIo = (): Io => ({
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  outTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  errTty: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
  ...(process.stderr.columns ? { errColumns: process.stderr.columns } : {}),
  cwd: process.cwd(),
});

export type Command = (argv: string[], io: Io) => Promise<number>;
