import { z } from 'zod';

/** The file that marks a folder as written by policy-index, at its top level. */
export const MANIFEST_NAME = 'policy-index-manifest.json';

/**
 * The manifest a build writes into its output folder: who made it and every file it wrote
 * (paths relative to the folder, `/` separators, sorted). A later build replaces the folder only
 * when each file in it is listed here, so nothing a user put there is lost.
 */
export const Manifest = z.object({
  generator: z.literal('policy-index'),
  format: z.literal(1),
  note: z.string().optional(),
  files: z.array(z.string()),
  /** Expensive outputs by path: the key of their inputs and the sha-256 of their bytes, for reuse. */
  cache: z.record(z.string(), z.object({ key: z.string(), sha256: z.string() })).optional(),
});
export type Manifest = z.infer<typeof Manifest>;

export const manifestNote = 'written by policy-index: the next build replaces this folder only if it holds no file that is not listed here';
