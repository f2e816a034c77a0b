import { resolve } from 'node:path';
import { loadProject } from '../project.js';
import type { Dataset } from '../schema/dataset.js';
import type { MethodologyInput } from '../schema/methodology.js';
import { formatProblem } from '../validate/format.js';
import type { Io } from './io.js';
import { UsageError } from './args.js';
import { progressBar } from './progress.js';
import { cliText } from '../messages/cli.js';

/**
 * Loads and validates the project for a command. Warnings and errors go to stderr; returns
 * null when there are errors (the command then exits 1).
 */
export async function openDataset(dir: string | undefined, io: Io, overrides?: Partial<MethodologyInput>, today?: string): Promise<Dataset | null> {
  const bar = progressBar(io, true, cliText.progressLabel.check);
  let loaded: Awaited<ReturnType<typeof loadProject>>;
  try {
    loaded = await loadProject(resolve(io.cwd, dir ?? '.'), { overrides, today, progress: bar.update });
  } finally {
    bar.end();
  }
  const { dataset, problems } = loaded;
  const fromOptions = problems.filter((p) => p.file === '(command line)');
  if (fromOptions.length > 0) throw new UsageError(fromOptions.map((p) => p.message).join('; '));
  for (const p of problems) io.err(`${formatProblem(p)}\n`);
  if (!dataset) io.err(`${cliText.noDataset}\n`);
  return dataset;
}
