import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../problems/problem.js';
import { message } from '../problems/messages.js';
import { decodeText } from './decode.js';
import { errnoReason } from './errno.js';
import { parseCsv, type CsvSpec, type CsvTable } from './csv.js';
import { dimensionColumns } from '../schema/dimension.js';
import { indicatorColumns, indicatorOptionalColumns } from '../schema/indicator.js';
import { scaleColumns } from '../schema/scale.js';
import { countryColumns } from '../schema/country.js';
import { answerColumns, answerOptionalColumns } from '../schema/answer.js';
import { answerCueColumns, evidenceRuleColumns, sourceKindColumns } from '../schema/evidence.js';

/** The files of a data project, parsed as tables but not yet checked against each other. */
export interface ProjectFiles {
  root: string;
  dimensions: CsvTable | null;
  indicators: CsvTable | null;
  scales: CsvTable | null;
  countries: CsvTable | null;
  /** countries/<name>.csv other than countries.csv, sorted by file name. */
  countryFiles: { name: string; table: CsvTable | null; skipped?: true }[];
  /** indicators/methodology.json as text, or null when the project has none (defaults apply). */
  methodology: { file: string; text: string } | null;
  /** The evidence rules (optional files; null when absent): indicators/source-kinds.csv, evidence-rules.csv, answer-cues.csv. */
  sourceKinds?: CsvTable | null;
  evidenceRules?: CsvTable | null;
  answerCues?: CsvTable | null;
}

export interface ReadOptions {
  /**
   * Asked of each country file before it is decoded and parsed, with its bytes and `context` (a
   * sha-256 of every other file of the project, in the order read, with their names): a file it
   * answers true for is not parsed, its entry is `{ name, table: null, skipped: true }` and none of
   * its reading problems are reported (the caller holds them, see ../project-cache.ts).
   */
  skip?: (name: string, bytes: Uint8Array, context: string) => boolean;
  /** Called after each country file is read: `done` of `total` files, the last one `name` (for a progress bar). */
  onCountryFile?: (done: number, total: number, name: string) => void;
}

const without = (all: readonly string[], optional: readonly string[]) => all.filter((c) => !optional.includes(c));

export const specs = {
  dimensions: { required: ['id', 'name', 'parent'], optional: without(dimensionColumns, ['id', 'name', 'parent']), order: dimensionColumns },
  indicators: { required: without(indicatorColumns, indicatorOptionalColumns), optional: indicatorOptionalColumns, order: indicatorColumns },
  scales: { required: ['scale', 'code', 'label', 'score'], optional: ['guidance'], order: scaleColumns },
  sourceKinds: { required: ['pattern', 'kind', 'weak'], optional: ['named_as', 'note'], order: sourceKindColumns },
  evidenceRules: { required: [...evidenceRuleColumns], order: evidenceRuleColumns },
  answerCues: { required: [...answerCueColumns], order: answerCueColumns },
  countries: { required: ['iso3', 'name'], optional: without(countryColumns, ['iso3', 'name']), order: countryColumns, extra: true },
  answers: { required: without(answerColumns, answerOptionalColumns), optional: answerOptionalColumns, order: answerColumns },
} satisfies Record<string, CsvSpec>;

export const paths = {
  dimensions: 'indicators/dimensions.csv',
  indicators: 'indicators/indicators.csv',
  scales: 'indicators/scales.csv',
  methodology: 'indicators/methodology.json',
  sourceKinds: 'indicators/source-kinds.csv',
  evidenceRules: 'indicators/evidence-rules.csv',
  answerCues: 'indicators/answer-cues.csv',
  countries: 'countries/countries.csv',
  countriesDir: 'countries',
} as const;

/**
 * Reads every file of the project at `root`. Only this function touches the disk for input. The
 * files are small and read one after the other, so they are read synchronously: a promise per
 * file costs more than the read.
 */
export async function readProject(root: string, options: ReadOptions = {}): Promise<{ files: ProjectFiles; problems: Problem[] }> {
  const problems: Problem[] = [];
  // the bytes of every file but the country files, for `context` (only when asked for)
  const context = options.skip ? createHash('sha256') : null;
  const seen = (rel: string, bytes: Uint8Array | null) => {
    context?.update(`${rel}\u0000${bytes === null ? -1 : bytes.length}\u0000`);
    if (bytes) context?.update(bytes);
  };
  const table = async (rel: string, spec: CsvSpec, required = true, skip?: (bytes: Uint8Array) => boolean): Promise<CsvTable | null | 'skipped'> => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(root, rel));
      if (skip?.(bytes)) return 'skipped';
      if (!skip) seen(rel, bytes);
    } catch (e) {
      if (!skip) seen(rel, null);
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && !required) return null;
      problems.push(code === 'ENOENT'
        ? { code: 'file_missing', severity: 'error', file: rel, message: message('file_missing', { expected: `${rel} with columns ${spec.required.join(',')}` }) }
        : { code: 'file_unreadable', severity: 'error', file: rel, message: message('file_unreadable', { reason: errnoReason(e) }) });
      return null;
    }
    const decoded = decodeText(bytes, rel);
    problems.push(...decoded.problems);
    if (decoded.text === null) return null;
    const parsed = parseCsv(decoded.text, rel, spec);
    problems.push(...parsed.problems);
    return parsed.table;
  };

  const framework = async (rel: string, spec: CsvSpec, required = true) => (await table(rel, spec, required)) as CsvTable | null;
  const dimensions = await framework(paths.dimensions, specs.dimensions);
  const indicators = await framework(paths.indicators, specs.indicators);
  const scales = await framework(paths.scales, specs.scales, false);
  const sourceKinds = await framework(paths.sourceKinds, specs.sourceKinds, false);
  const evidenceRules = await framework(paths.evidenceRules, specs.evidenceRules, false);
  const answerCues = await framework(paths.answerCues, specs.answerCues, false);
  const countries = await framework(paths.countries, specs.countries);
  let methodology: ProjectFiles['methodology'] = null;
  try {
    const bytes = readFileSync(join(root, paths.methodology));
    seen(paths.methodology, bytes);
    const decoded = decodeText(bytes, paths.methodology);
    problems.push(...decoded.problems);
    if (decoded.text !== null) methodology = { file: paths.methodology, text: decoded.text };
  } catch (e) {
    // no methodology file: the defaults apply; one that is there but cannot be read is an error, never the defaults
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      problems.push({ code: 'file_unreadable', severity: 'error', file: paths.methodology, message: message('file_unreadable', { reason: errnoReason(e) }) });
    }
    seen(paths.methodology, null);
  }
  const contextHash = context?.digest('hex') ?? '';
  const countryFiles: ProjectFiles['countryFiles'] = [];
  const names = await countryFileNames(root, problems);
  for (const [i, name] of names.entries()) {
    const skip = options.skip ? (bytes: Uint8Array) => options.skip!(name, bytes, contextHash) : undefined;
    const read = await table(`${paths.countriesDir}/${name}`, specs.answers, true, skip);
    countryFiles.push(read === 'skipped' ? { name, table: null, skipped: true } : { name, table: read });
    options.onCountryFile?.(i + 1, names.length, name);
  }
  return { files: { root, dimensions, indicators, scales, countries, countryFiles, methodology, sourceKinds, evidenceRules, answerCues }, problems };
}

/**
 * The country files of `countries/` (every `*.csv` but countries.csv), sorted. A folder that is
 * missing is reported through countries.csv; one that cannot be listed is an error, and so is a
 * name that differs from another only in case (ESP.csv beside ESP.CSV): the later is not read.
 */
async function countryFileNames(root: string, problems: Problem[]): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(join(root, paths.countriesDir));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      problems.push({ code: 'folder_unreadable', severity: 'error', file: `${paths.countriesDir}/`, message: message('folder_unreadable', { reason: errnoReason(e) }) });
    }
    return [];
  }
  const names: string[] = [];
  const seen = new Map<string, string>();
  // of names that differ only in case, the one spelt as documented (MEX.csv) is read
  const documented = (n: string) => /^[A-Z]{3}\.csv$/.test(n);
  const candidates = entries.filter((n) => n.toLowerCase().endsWith('.csv') && n !== 'countries.csv')
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : Number(documented(b)) - Number(documented(a)) || (a < b ? -1 : 1)));
  for (const name of candidates) {
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) {
      problems.push({ code: 'file_case_clash', severity: 'error', file: `${paths.countriesDir}/${name}`, value: name, message: message('file_case_clash', { name, other }) });
      continue;
    }
    seen.set(name.toLowerCase(), name);
    names.push(name);
  }
  return names.sort();
}
