import { coverageTables } from '../analysis/coverage.js';
import { cliText, usage } from '../messages/cli.js';
import { choice, integer, optionLimits, parse, UsageError } from './args.js';
import type { Command } from './io.js';
import { openDataset } from './open.js';
import { writeTable } from './table-output.js';

export const coverage: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, { edition: { type: 'string' }, by: { type: 'string' }, oldest: { type: 'string' }, format: { type: 'string' } });
  if (values.help) return io.out(`${usage.coverage}\n`), 0;
  const format = choice('format', values.format as string | undefined, ['table', 'csv', 'json', 'md'] as const) ?? 'table';
  const by = choice('by', values.by as string | undefined, ['country', 'dimension', 'indicator'] as const);
  const oldest = integer('oldest', values.oldest as string | undefined, 0, optionLimits.oldest) ?? 10;
  const dataset = await openDataset(positionals[0], io);
  if (!dataset) return 1;
  const e = values.edition as string | undefined;
  const edition = e === undefined ? dataset.editions.at(-1) : Number(e);
  if (edition === undefined || !dataset.editions.includes(edition)) throw new UsageError(cliText.noEdition(e ?? '(latest)', dataset.editions));
  const tables = coverageTables(dataset, edition, oldest);
  const chosen = by === 'country' ? [tables.byCountry] : by === 'dimension' ? [tables.byDimension] : by === 'indicator' ? [tables.byIndicator]
    : [tables.byCountry, tables.byDimension, tables.byIndicator, ...(oldest > 0 ? [tables.oldest] : [])];
  chosen.forEach((t, k) => {
    if (k > 0 && format !== 'json' && format !== 'csv') io.out('\n');
    writeTable(t, format, io);
  });
  return 0;
};
