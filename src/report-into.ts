import { readTranslations } from './io/translations.js';
import { writeDirAtomic } from './io/write-dir.js';
import type { OutputGuard } from './io/output-guard.js';
import { languages } from './messages/languages.js';
import { buildReport } from './report/build-report.js';
import type { Dataset } from './schema/dataset.js';
import { sensitivityFor } from './analysis/sensitivity/for-report.js';

export interface ReportRun {
  /** Language codes, already checked against `languages`. */
  codes: string[];
  pngScale?: number;
  /** Absolute URL of the published report, for the chart embed snippets (see ReportOptions.baseUrl). */
  baseUrl?: string;
  threads?: number;
  runs?: number;
  seed?: number;
  /** Render everything instead of reusing the previous build's intact charts and PDFs. */
  clean?: boolean;
}

/**
 * Builds the report of a validated dataset into `out`, atomically (see writeDirAtomic): the
 * shared core of `report` and `serve`. Returns the files written and how many were reused.
 */
export async function reportInto(dir: string, dataset: Dataset, out: string, run: ReportRun, guard: OutputGuard,
  progress?: (done: number, total: number, what: string) => void): Promise<{ files: number; reused: number }> {
  const translations: Record<string, Map<string, string>> = {};
  for (const c of run.codes) translations[c] = (await readTranslations(dir, c)).table;
  const sensitivity = sensitivityFor(dataset, { runs: run.runs, seed: run.seed }, progress && ((done, total) => progress(done, total, 'sensitivity')));
  const options = { languages: run.codes.map((c) => languages[c]!), translations, pngScale: run.pngScale, baseUrl: run.baseUrl, sensitivity, threads: run.threads };
  let reused = 0;
  const files = await writeDirAtomic(out, (previous) => buildReport(dataset, { ...options, previous }, progress),
    { ...guard, reuse: !run.clean, onFile: (_p, r) => { if (r) reused++; } });
  return { files, reused };
}
