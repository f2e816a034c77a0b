import { readProject } from './io/project.js';
import type { Dataset } from './schema/dataset.js';
import type { Problem } from './problems/problem.js';
import { byPlace, validateProject, type ValidateOptions } from './validate/project.js';

/**
 * Reads and validates the data project in `dir`: the dataset (null when there are errors) and
 * every problem found, sorted by file and line.
 */
export async function loadProject(dir: string, options: ValidateOptions = {}): Promise<{ dataset: Dataset | null; problems: Problem[] }> {
  const { files, problems: readProblems } = await readProject(dir);
  const readErrors = readProblems.some((p) => p.severity === 'error');
  const { dataset, problems } = validateProject(files, { ...options, evidence: options.evidence === true && !readErrors, readErrors });
  const all = [...readProblems, ...problems].sort(byPlace);
  return { dataset: all.some((p) => p.severity === 'error') ? null : dataset, problems: all };
}
