import type { Answer } from '../schema/dataset.js';
import type { Problem } from '../problems/problem.js';

/**
 * What validating one country file found. It depends only on the file's bytes and its context
 * (every other file of the project but the country files, today's date, the command line's
 * settings and the code), so a run may reuse what an earlier run found for the same bytes in the
 * same context instead of reading the file again (see ../project-cache.ts).
 */
export interface CountryFileResult {
  /** Every problem located in the file, from reading it to checking its answers, in report order; evidence warnings apart. */
  problems: Problem[];
  /** Its answers, in file order. */
  answers: Answer[];
  /** Its evidence warnings, in report order; null when that run did not check the evidence. */
  evidence: Problem[] | null;
}

const isEvidence = (p: Problem) => p.code.startsWith('evidence_');

/**
 * A finished run's result for each country file (`files`, paths relative to the project), taken
 * from the run's sorted problems and its answers. Sound because every problem located in a
 * country file depends only on that file and its context (tests/validate/reuse.test.ts checks a
 * reused run against a fresh one).
 */
export function countryFileResults(files: readonly string[], problems: readonly Problem[], answers: readonly Answer[], evidenceChecked: boolean): Map<string, CountryFileResult> {
  const out = new Map<string, CountryFileResult>(files.map((f) => [f, { problems: [], answers: [], evidence: evidenceChecked ? [] : null }]));
  for (const p of problems) {
    const r = out.get(p.file);
    if (r) (isEvidence(p) ? r.evidence ?? [] : r.problems).push(p);
  }
  for (const a of answers) out.get(a.at.file)?.answers.push(a);
  return out;
}
