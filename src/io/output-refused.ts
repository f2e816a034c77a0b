/** An output path policy-index refuses to replace; the message says why and what to do. */
export class OutputRefused extends Error {
  override name = 'OutputRefused';
  /** `busy` when another build holds the lock (a failed run); otherwise the path was wrong (bad usage). */
  constructor(readonly code: string, message: string, readonly path: string) {
    super(message);
  }
}
