import { resolve } from 'node:path';
import { auditIndex } from '../analysis/audit/audit.js';
import { auditCharts, auditPage } from '../analysis/audit/page.js';
import { auditTables } from '../analysis/audit/tables.js';
import { buildIndex } from '../engine/build-index.js';
import { checkOutputDir } from '../io/output-guard.js';
import { restoreInterrupted, writeDirAtomic } from '../io/write-dir.js';
import { cliText, usage } from '../messages/cli.js';
import { en } from '../messages/report-en.js';
import { t } from '../messages/t.js';
import type { DataTable } from '../report/charts/types.js';
import { toCsv } from '../report/format/csv.js';
import { STYLE } from '../report/pages/style.js';
import { renderPng, renderSvg } from '../report/render/chart.js';
import type { Table } from '../report/tables/table.js';
import { choice, parse, UsageError } from './args.js';
import type { Command } from './io.js';
import { openDataset } from './open.js';
import { writeTable } from './table-output.js';

/** `policy-index audit`: the audit tables to stdout; with --out, the page, CSVs and charts too. */
export const audit: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, { edition: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } });
  if (values.help) return io.out(`${usage.audit}\n`), 0;
  const format = choice('format', values.format as string | undefined, ['table', 'csv', 'json', 'md'] as const) ?? 'table';
  const out = values.out as string | undefined;
  const dir = out === undefined ? undefined : resolve(io.cwd, out);
  const guard = { project: resolve(io.cwd, positionals[0] ?? '.'), cwd: io.cwd, force: Boolean(values.force) };
  if (dir !== undefined) {
    await checkOutputDir(dir, guard);
    await restoreInterrupted(dir); // a folder a killed swap left aside goes back before anything can fail
  }
  const dataset = await openDataset(positionals[0], io);
  if (!dataset) return 1;
  const e = values.edition as string | undefined;
  if (e !== undefined && !dataset.editions.includes(Number(e))) throw new UsageError(cliText.noEdition(e, dataset.editions));
  const result = auditIndex(buildIndex(dataset), e === undefined ? undefined : Number(e));
  const tables = auditTables(result);
  [tables.indicators, tables.dimensions, tables.matrix, ...(tables.treatment ? [tables.treatment] : [])].forEach((t, k) => {
    if (k > 0 && format !== 'json' && format !== 'csv') io.out('\n');
    writeTable(t, format, io);
  });
  if (dir === undefined) return 0;

  const files: [string, string | Uint8Array][] = [
    ['audit.html', auditPage(result, { root: '', chartBase: '', indexTitle: t(en, 'index.title') })],
    ['assets/style.css', STYLE],
    ['audit-table-indicators.csv', toCsv(tables.indicators)],
    ['audit-table-dimensions.csv', toCsv(tables.dimensions)],
    ['audit-table-matrix.csv', toCsv(tables.matrix)],
    ...(tables.treatment ? [['audit-table-treatment.csv', toCsv(tables.treatment)] as [string, string]] : []),
  ];
  for (const spec of auditCharts(result)) {
    files.push([`${spec.id}.png`, renderPng(spec)], [`${spec.id}.svg`, renderSvg(spec)], [`${spec.id}.csv`, toCsv(dataTable(spec.data))]);
  }
  const count = await writeDirAtomic(dir, files.map(([path, content]) => ({ path, content })), guard);
  io.err(`${cliText.auditDone(count, dir)}\n`);
  return 0;
};

/** A chart's data as a Table, so it is written by the one CSV formatter (labels as the header). */
function dataTable(data: DataTable): Table {
  return { columns: data.columns.map((c) => ({ key: c, label: c })), rows: data.rows };
}
