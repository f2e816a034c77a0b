import { readProject } from './io/project.js';
import type { Dataset } from './schema/dataset.js';
import type { Problem } from './problems/problem.js';
import { byPlace, validateProject, type ValidateOptions } from './validate/project.js';
import { countryFileResults, type CountryFileResult } from './validate/reuse.js';
import { countryFile, ProjectCache, type CacheSettings } from './project-cache.js';

export interface LoadOptions extends ValidateOptions {
  /** Reuse what earlier runs found in unchanged country files, and keep what this run finds (see project-cache.ts). */
  cache?: CacheSettings;
  /**
   * Called as the work goes on, for a progress bar: `done` of `total` steps (reading each country
   * file, checking it, then checking its evidence when asked to), the last one being about `what`.
   */
  progress?: (done: number, total: number, what: string) => void;
}

/**
 * Reads and validates the data project in `dir`: the dataset (null when there are errors) and
 * every problem found, sorted by file and line. With `cache`, the result is the same as without.
 */
export async function loadProject(dir: string, options: LoadOptions = {}): Promise<{ dataset: Dataset | null; problems: Problem[] }> {
  const { cache: settings, progress, ...validateOptions } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const steps = options.evidence === true ? 3 : 2;
  let fileCount = 0;
  const cache = settings ? new ProjectCache(settings, JSON.stringify([today, options.overrides ?? null, options.evidence === true])) : null;
  const { files, problems: readProblems } = await readProject(dir, {
    ...(cache ? { skip: cache.skip } : {}),
    ...(progress ? { onCountryFile: (done: number, total: number, name: string) => progress(done, steps * (fileCount = total), name) } : {}),
  });
  const readErrors = readProblems.some((p) => p.severity === 'error');
  const evidence = options.evidence === true && !readErrors;
  const { dataset, problems, answers } = validateProject(files, {
    ...validateOptions, today, evidence, readErrors,
    ...(cache ? { reused: cache.reused } : {}),
    ...(progress ? {
      onCountryFile: (done: number, total: number, name: string) => progress(total + done, steps * total, name),
      // a file without answers has no evidence to check: scaled to the files read
      onEvidence: (done: number, total: number, file: string) => progress(2 * fileCount + Math.round((done / total) * fileCount), steps * fileCount, file.slice(file.lastIndexOf('/') + 1)),
    } : {}),
  });
  const all = [...readProblems, ...problems].sort(byPlace);
  const valid = !all.some((p) => p.severity === 'error');
  if (cache) {
    const checked = evidence && valid && dataset !== null;
    const results = countryFileResults(files.countryFiles.map((f) => countryFile(f.name)), all, answers, checked);
    const found = new Map<string, CountryFileResult>();
    for (const { name } of files.countryFiles) {
      const result = results.get(countryFile(name))!;
      const reused = cache.reused.get(name);
      found.set(name, reused && !checked ? { ...result, evidence: reused.evidence } : result);
    }
    cache.save(found);
  }
  return { dataset: valid ? dataset : null, problems: all };
}
