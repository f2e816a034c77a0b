import { resolve } from 'node:path';
import { loadProject, type LoadOptions } from '../project.js';
import type { Dataset } from '../schema/dataset.js';
import type { MethodologyInput } from '../schema/methodology.js';
import { formatProblem } from '../validate/format.js';
import type { Io } from './io.js';
import { UsageError } from './args.js';
import { progressBar } from './progress.js';
import { cliText } from '../messages/cli.js';

/** loadProject with a progress bar on the terminal (see progress.ts); `bar` false for none. */
export async function loadWithProgress(io: Io, dir: string, options: LoadOptions, bar = true): ReturnType<typeof loadProject> {
  const progress = progressBar(io, bar, cliText.progressLabel.check);
  try {
    return await loadProject(dir, { ...options, progress: progress.update });
  } finally {
    progress.end();
  }
}

/**
 * Loads and validates the project for a command. Warnings and errors go to stderr; returns
 * null when there are errors (the command then exits 1).
 */
export async function openDataset(dir: string | undefined, io: Io, overrides?: Partial<MethodologyInput>, today?: string): Promise<Dataset | null> {
  const { dataset, problems } = await loadWithProgress(io, resolve(io.cwd, dir ?? '.'), { overrides, today });
  const fromOptions = problems.filter((p) => p.file === '(command line)');
  if (fromOptions.length > 0) throw new UsageError(fromOptions.map((p) => p.message).join('; '));
  for (const p of problems) io.err(`${formatProblem(p)}\n`);
  if (!dataset) io.err(`${cliText.noDataset}\n`);
  return dataset;
}
