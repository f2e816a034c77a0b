import type { MessageCode } from './messages.js';

/** One problem found in a data project: data with a code, a location and a message. */
export interface Problem {
  code: MessageCode;
  severity: 'error' | 'warning';
  /** Path relative to the project folder, with `/` separators. */
  file: string;
  line?: number;
  column?: string;
  /** The offending value, as written (shortened when long). */
  value?: string;
  message: string;
}

/** Thrown by stages that cannot go on; carries every problem found so far. */
export class ProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem(s) in the data project`);
    this.name = 'ProblemsError';
  }
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');
