import { resolve } from 'node:path';
import { checkOutputDir } from '../io/output-guard.js';
import { restoreInterrupted } from '../io/write-dir.js';
import { defaultLanguages, languages } from '../messages/languages.js';
import { cliText, usage } from '../messages/cli.js';
import { parse, integer, optionLimits, UsageError } from './args.js';
import { MAX_RUNS, MAX_SEED } from '../schema/methodology.js';
import type { Command } from './io.js';
import { openDataset } from './open.js';
import { progressBar } from './progress.js';
import { reportInto } from '../report-into.js';
import { degenerateMethods } from '../analysis/degenerate.js';
import { buildIndex } from '../engine/build-index.js';
import { en } from '../messages/report-en.js';
import { alternativeWarningText, methodWarningText } from '../report/pages/method-warnings.js';
import { degenerateAlternatives } from '../analysis/sensitivity/degenerate.js';

export const report: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' }, lang: { type: 'string' }, 'png-scale': { type: 'string' },
    runs: { type: 'string' }, seed: { type: 'string' }, quiet: { type: 'boolean' }, threads: { type: 'string' }, 'base-url': { type: 'string' }, force: { type: 'boolean' }, clean: { type: 'boolean' },
  });
  if (values.help) return io.out(`${usage.report}\n`), 0;
  const codes = ((values.lang as string | undefined) ?? defaultLanguages.join(',')).split(',').map((c) => c.trim()).filter(Boolean);
  for (const c of codes) if (!languages[c]) throw new UsageError(cliText.unknownLanguage(c, Object.keys(languages)));
  const pngScale = integer('png-scale', values['png-scale'] as string | undefined, 1, optionLimits.pngScale);
  const threads = integer('threads', values.threads as string | undefined, 1, optionLimits.threads);
  const runs = integer('runs', values.runs as string | undefined, 0, MAX_RUNS);
  const seed = integer('seed', values.seed as string | undefined, 0, MAX_SEED);
  const baseUrl = publishedUrl(values['base-url'] as string | undefined);
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  // --out is relative to the current folder like every path given on the command line; the default lies in the project
  const out = values.out === undefined ? resolve(dir, 'reports') : resolve(io.cwd, values.out as string);
  const guard = { project: dir, cwd: io.cwd, force: Boolean(values.force) };
  await checkOutputDir(out, guard); // refuse before the long build; checked again before the swap
  await restoreInterrupted(out); // a report left aside by a build killed mid-swap goes back first, whatever happens next
  const dataset = await openDataset(dir, io);
  if (!dataset) return 1;
  const started = Date.now();
  const bar = progressBar(io, !values.quiet, cliText.progressLabel.report);
  const run = { codes, pngScale, baseUrl, threads, runs, seed, clean: Boolean(values.clean) };
  let written: { files: number; reused: number };
  try {
    written = await reportInto(dir, dataset, out, run, guard, bar.update);
  } finally {
    bar.end();
  }
  const { files, reused } = written;
  const latest = buildIndex(dataset);
  const edition = latest.editions.at(-1);
  if (edition) for (const w of degenerateMethods(latest, edition, dataset.indicators)) io.err(`${cliText.methodWarning(edition.edition, methodWarningText(en, w))}\n`);
  if (edition && (runs ?? dataset.methodology.sensitivity.runs) > 0) {
    for (const w of degenerateAlternatives(dataset)) io.err(`${cliText.methodWarning(edition.edition, alternativeWarningText(en, w))}\n`);
  }
  io.err(`${cliText.reportDone(files, out, ((Date.now() - started) / 1000).toFixed(1), reused)}\n`);
  return 0;
};

/** --base-url: an absolute http(s) URL, given a final "/" so that chart paths append to it. */
function publishedUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(cliText.badBaseUrl(value));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(cliText.badBaseUrl(value));
  if (url.search || url.hash) throw new UsageError(cliText.badBaseUrl(value));
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}
