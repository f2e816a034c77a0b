import { resolve } from 'node:path';
import { rankIntervalChart, sensitivityChart } from '../analysis/sensitivity/charts.js';
import { degenerateAlternatives } from '../analysis/sensitivity/degenerate.js';
import { en } from '../messages/report-en.js';
import { alternativeWarningText } from '../report/pages/method-warnings.js';
import { runSensitivity } from '../analysis/sensitivity/run.js';
import { runSensitivityParallel } from '../analysis/sensitivity/parallel.js';
import { distributionTable, factorTable, intervalTable } from '../analysis/sensitivity/tables.js';
import { checkOutputDir } from '../io/output-guard.js';
import { restoreInterrupted, writeDirAtomic } from '../io/write-dir.js';
import { cliText, usage } from '../messages/cli.js';
import type { DataTable } from '../report/charts/types.js';
import { toCsv } from '../report/format/csv.js';
import { toJson } from '../report/format/json.js';
import { toMarkdown } from '../report/format/markdown.js';
import { renderPng, renderSvg } from '../report/render/chart.js';
import type { Table } from '../report/tables/table.js';
import { Aggregator, Imputation, Normaliser, MAX_RUNS, MAX_SEED, SensitivitySettings, Treatment } from '../schema/methodology.js';
import { choice, integer, numberIn, optionLimits, parse, UsageError } from './args.js';
import type { Command } from './io.js';
import { openDataset } from './open.js';
import { progressBar } from './progress.js';
import { writeTable } from './table-output.js';

const NORMALISERS = ['none', 'minmax', 'zscore', 'goalposts', 'target', 'rank', 'percentile', 'borda'] as const;
const IMPUTATIONS = ['none', 'mean', 'median', 'groupMean', 'groupMedian', 'lowest'] as const;

/** `policy-index sensitivity`: rank intervals and sensitivity indices to stdout; with --out, tables and charts too. */
export const sensitivity: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, {
    runs: { type: 'string' }, seed: { type: 'string' }, noise: { type: 'string' }, edition: { type: 'string' }, format: { type: 'string' },
    normalisers: { type: 'string' }, aggregators: { type: 'string' }, imputations: { type: 'string' }, treatments: { type: 'string' },
    denominations: { type: 'string' }, 'min-shares': { type: 'string' }, drop: { type: 'boolean' }, 'no-drop': { type: 'boolean' }, out: { type: 'string' }, workers: { type: 'string' }, force: { type: 'boolean' },
  });
  if (values.help) return io.out(`${usage.sensitivity}\n`), 0;
  const str = (k: string) => values[k] as string | undefined;
  const format = choice('format', str('format'), ['table', 'csv', 'json', 'md'] as const) ?? 'table';
  const list = (k: string) => str(k)?.split(',').map((x) => x.trim()).filter(Boolean);
  const normalisers = list('normalisers')?.map((n) => Normaliser.parse({ method: choice('normalisers', n, NORMALISERS) }));
  const imputations = list('imputations')?.map((n) => Imputation.parse({ method: choice('imputations', n, IMPUTATIONS) }));
  const aggregators = list('aggregators')?.map(aggregatorOf);
  const treatments = list('treatments')?.map(treatmentOf);
  const denominations = list('denominations')?.map((d) => choice('denominations', d, ['denominated', 'raw'] as const) === 'denominated');
  const screens = list('min-shares')?.map((x) => ({ minShare: numberIn('min-shares', x, 0, 1)! }));
  const runs = integer('runs', str('runs'), 1, MAX_RUNS);
  const seed = integer('seed', str('seed'), 0, MAX_SEED);
  const noise = numberIn('noise', str('noise'), 0, 1);
  const workers = integer('workers', str('workers'), 1, optionLimits.workers) ?? 1;
  if (values.drop && values['no-drop']) throw new UsageError('--drop and --no-drop contradict each other');
  const out = str('out');
  const dir = out === undefined ? undefined : resolve(io.cwd, out);
  const guard = { project: resolve(io.cwd, positionals[0] ?? '.'), cwd: io.cwd, force: Boolean(values.force) };
  if (dir !== undefined) { // before the long run
    await checkOutputDir(dir, guard);
    await restoreInterrupted(dir); // a folder a killed swap left aside goes back before anything can fail
  }
  const dataset = await openDataset(positionals[0], io);
  if (!dataset) return 1;
  const e = str('edition');
  if (e !== undefined && !dataset.editions.includes(Number(e))) throw new UsageError(cliText.noEdition(e, dataset.editions));

  const base = dataset.methodology.sensitivity;
  const settings = SensitivitySettings.parse({
    ...base,
    ...(runs !== undefined ? { runs } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(noise !== undefined ? { weightNoise: noise } : {}),
    ...(normalisers ? { normalisers } : {}),
    ...(aggregators ? { aggregators } : {}),
    ...(imputations ? { imputations } : {}),
    ...(treatments ? { treatments } : {}),
    ...(denominations ? { denominations } : {}),
    ...(screens ? { screens } : {}),
    ...(values.drop ? { dropIndicator: true } : values['no-drop'] ? { dropIndicator: false } : {}),
  });
  const started = Date.now();
  const options = { edition: e === undefined ? undefined : Number(e) };
  const bar = progressBar(io, true, cliText.progressLabel.sensitivity);
  let result;
  try {
    result = workers > 1 ? await runSensitivityParallel(dataset, settings, options, workers) : runSensitivity(dataset, settings, options, (done, total) => bar.update(done, total, ''));
  } finally {
    bar.end();
  }
  const tables = [intervalTable(result), factorTable(result)];
  if (format === 'json') io.out(`${JSON.stringify(result, null, 2)}\n`);
  else tables.forEach((t, k) => {
    if (k > 0 && format !== 'csv') io.out('\n');
    writeTable(t, format, io);
  });
  for (const w of degenerateAlternatives(dataset, settings, result.edition)) io.err(`${cliText.methodWarning(result.edition, alternativeWarningText(en, w))}\n`);

  if (dir === undefined) return 0;
  const files: [string, string | Uint8Array][] = [
    ['sensitivity.json', `${JSON.stringify(result, null, 2)}\n`],
    ['rank-intervals-table.csv', toCsv(tables[0]!)],
    ['rank-intervals-table.md', toMarkdown(tables[0]!)],
    ['sensitivity-table.csv', toCsv(tables[1]!)],
    ['sensitivity-table.md', toMarkdown(tables[1]!)],
    ['sensitivity-table.json', toJson(tables[1]!)],
    ['rank-distribution.csv', toCsv(distributionTable(result))],
  ];
  for (const spec of [rankIntervalChart(result), sensitivityChart(result)]) {
    files.push([`${spec.id}.png`, renderPng(spec)], [`${spec.id}.svg`, renderSvg(spec)], [`${spec.id}.csv`, toCsv(dataTable(spec.data))]);
  }
  const count = await writeDirAtomic(dir, files.map(([path, content]) => ({ path, content })), guard);
  io.err(`${cliText.sensitivityDone(count, dir, ((Date.now() - started) / 1000).toFixed(1))}\n`);
  return 0;
};

/** "geometric" → { method: 'geometric' }; "generalised:2" → { method: 'generalised', p: 2 }. */
function aggregatorOf(text: string): Aggregator {
  const [method, p] = text.split(':');
  const parsed = Aggregator.safeParse(method === 'generalised' ? { method, p: Number(p) } : p === undefined ? { method } : {});
  if (!parsed.success || (method === 'generalised' && (p === undefined || p.trim() === ''))) throw new UsageError(cliText.sensitivityBadAggregator(text));
  return parsed.data;
}

/** "none", "log", "winsorise" → the method with its defaults; "winsorise:3" → winmax 3. */
function treatmentOf(text: string): Treatment {
  const [method, winmax] = text.split(':');
  const parsed = Treatment.safeParse(method === 'winsorise' && winmax !== undefined ? { method, winmax: Number(winmax) } : winmax === undefined ? { method } : {});
  if (!parsed.success || (winmax !== undefined && winmax.trim() === '')) throw new UsageError(cliText.sensitivityBadTreatment(text));
  return parsed.data;
}

/** A chart's data as a Table, so it is written by the one CSV formatter (labels as the header). */
function dataTable(data: DataTable): Table {
  return { columns: data.columns.map((c) => ({ key: c, label: c })), rows: data.rows };
}
