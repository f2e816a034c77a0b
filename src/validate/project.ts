import { paths, type ProjectFiles } from '../io/project.js';
import { message } from '../problems/messages.js';
import type { Answer, Dataset } from '../schema/dataset.js';
import type { MethodologyInput } from '../schema/methodology.js';
import { Methodology } from '../schema/methodology.js';
import { countryColumns } from '../schema/country.js';
import { validateCountries } from './answers.js';
import { indicatorDenominatorProblems } from './denominators.js';
import { screeningProblems } from './screening.js';
import { imputationGroupProblems } from './imputation-groups.js';
import { validateFramework } from './framework.js';
import { validateEvidenceFramework } from './evidence-framework.js';
import { methodologyProblems, validateMethodology } from './methodology.js';
import { hasErrors, type Problem } from '../problems/problem.js';
import { evidenceFlags } from './evidence/flags.js';
import { evidenceProblems } from './evidence/problems.js';
import type { CountryFileResult } from './reuse.js';

export interface ValidateOptions {
  /** Today's date as YYYY-MM-DD, for "source date in the future"; default: the clock. */
  today?: string;
  /** Settings that override the methodology file (from the command line). */
  overrides?: Partial<MethodologyInput>;
  /**
   * Also check the evidence rules of every answer (later sources without the marker, weak hosts
   * not named as such, justifications copied between editions or using a lower answer's wording)
   * and report them as warnings, on a project without errors. `validate` does; commands that
   * only read the data do not.
   */
  evidence?: boolean;
  /** Reading the files found errors already (a folder that cannot be listed, say): an empty project is not reported as such. */
  readErrors?: boolean;
  /** What an earlier run found in the country files not read this time (marked `skipped`), by file name. */
  reused?: ReadonlyMap<string, CountryFileResult>;
  /** Called after each country file is checked (see validateCountries), for a progress bar. */
  onCountryFile?: (done: number, total: number, name: string) => void;
  /** Called after each country file's evidence is checked: `done` of `total` files, the last one `file`. */
  onEvidence?: (done: number, total: number, file: string) => void;
}

/**
 * Checks a project's files against each other and returns the validated dataset, or null when
 * any error was found. Problems are sorted by file, then line. `answers` are every answer read,
 * also when there are errors elsewhere.
 */
export function validateProject(files: ProjectFiles, options: ValidateOptions = {}): { dataset: Dataset | null; problems: Problem[]; answers: Answer[] } {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { framework, problems } = validateFramework(files);
  const indicators = framework.indicators.map((i) => i.row);
  const countries = validateCountries(files, indicators, framework.scales, { today, brokenIndicators: framework.brokenIndicators, brokenScales: framework.brokenScales, indicatorsAvailable: framework.indicatorsAvailable, ...(options.reused ? { reused: options.reused } : {}), ...(options.onCountryFile ? { onCountryFile: options.onCountryFile } : {}) });
  problems.push(...countries.problems);
  const evidence = validateEvidenceFramework(files, indicators, framework.scales);
  problems.push(...evidence.problems);
  const own = files.countries ? files.countries.columns.filter((c) => c !== '' && !(countryColumns as readonly string[]).includes(c)) : null;
  problems.push(...indicatorDenominatorProblems(framework.indicators, own));
  const meth = validateMethodology(files.methodology, indicators.map((i) => i.id));
  problems.push(...meth.problems);
  let methodology = meth.methodology;
  if (methodology && options.overrides) {
    const merged = Methodology.safeParse(deepMerge(methodology, options.overrides));
    if (merged.success) methodology = merged.data;
    else {
      problems.push(...methodologyProblems(merged.error.issues, options.overrides, '(command line)'));
    }
  }
  if (methodology && files.countries) {
    const file = files.methodology?.file ?? 'indicators/methodology.json';
    problems.push(...screeningProblems(methodology.screen, countries.countries.map((c) => c.iso3), file));
    problems.push(...imputationGroupProblems(methodology, own ?? [], file));
  }
  const allRead = !options.readErrors && files.countries !== null && files.countryFiles.every((f) => f.table !== null || f.skipped);
  if (allRead && !hasErrors(problems) && countries.answers.length === 0) {
    // nothing to score: every command would otherwise go on to an empty ranking
    const listed = countries.countries.length;
    problems.push(listed === 0
      ? { code: 'no_countries', severity: 'error', file: paths.countries, line: 2, message: message('no_countries', {}) }
      : { code: 'no_answers', severity: 'error', file: paths.countries, message: message('no_answers', { countries: listed }) });
  }
  problems.sort(byPlace);
  if (hasErrors(problems) || !methodology) return { dataset: null, problems, answers: countries.answers };
  const editions = [...new Set(countries.answers.map((a) => a.edition))].sort((a, b) => a - b);
  const dataset: Dataset = {
    root: files.root,
    dimensions: framework.dimensions.map((d) => d.row),
    indicators,
    scales: framework.scales,
    countries: countries.countries,
    answers: countries.answers,
    editions,
    methodology,
    evidence: evidence.evidence,
  };
  if (options.evidence) {
    // a country file's evidence depends on its own answers only: what an earlier run found is reused
    const known = new Map<string, Problem[]>();
    for (const [name, r] of options.reused ?? []) if (r.evidence) known.set(`${paths.countriesDir}/${name}`, r.evidence);
    // one file at a time (its answers are all its evidence depends on), so that progress can be told
    const byFile = new Map<string, Answer[]>();
    for (const a of dataset.answers) {
      if (known.has(a.at.file)) continue;
      let own = byFile.get(a.at.file);
      if (!own) byFile.set(a.at.file, (own = []));
      own.push(a);
    }
    const total = byFile.size + known.size;
    let done = known.size;
    for (const [file, answers] of byFile) {
      problems.push(...evidenceProblems(evidenceFlags({ ...dataset, answers })));
      options.onEvidence?.(++done, total, file);
    }
    for (const found of known.values()) problems.push(...found);
  }
  problems.sort(byPlace);
  return { dataset, problems, answers: countries.answers };
}

export function byPlace(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? '').localeCompare(b.column ?? '');
}

/**
 * Merges plain objects; arrays and scalars in `b` replace those in `a`, and so does an object
 * naming a `method` (a normaliser or aggregator is replaced whole, never mixed with another's settings).
 */
export function deepMerge<T>(a: T, b: unknown): T {
  if (typeof a !== 'object' || a === null || Array.isArray(a) || typeof b !== 'object' || b === null || Array.isArray(b) || 'method' in b) {
    return (b === undefined ? a : b) as T;
  }
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b)) if (v !== undefined) out[k] = deepMerge(out[k], v);
  return out as T;
}
