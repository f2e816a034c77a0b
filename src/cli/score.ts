import { degenerateMethods } from '../analysis/degenerate.js';
import { buildIndex } from '../engine/build-index.js';
import { en } from '../messages/report-en.js';
import { methodWarningText } from '../report/pages/method-warnings.js';
import { editionOf, rankingTable } from '../report/tables/ranking.js';
import { writeTable } from './table-output.js';
import { usage, cliText } from '../messages/cli.js';
import { choice, parse, UsageError } from './args.js';
import type { Command } from './io.js';
import { methodologyOptions, methodologyOverrides } from './methodology-options.js';
import { openDataset } from './open.js';

export const score: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, { edition: { type: 'string' }, format: { type: 'string' }, node: { type: 'string' }, ...methodologyOptions });
  if (values.help) return io.out(`${usage.score}\n`), 0;
  const format = choice('format', values.format as string | undefined, ['table', 'csv', 'json', 'md'] as const) ?? 'table';
  const overrides = methodologyOverrides(values);
  const dataset = await openDataset(positionals[0], io, overrides);
  if (!dataset) return 1;
  const result = buildIndex(dataset);
  const edition = values.edition as string | undefined;
  if (edition !== undefined && !dataset.editions.includes(Number(edition))) throw new UsageError(cliText.noEdition(edition, dataset.editions));
  const node = values.node as string | undefined;
  if (node !== undefined && !result.hierarchy.dimensions.includes(node)) {
    throw new UsageError(cliText.badChoice('node', node, result.hierarchy.dimensions));
  }
  const shown = editionOf(result, edition === undefined ? undefined : Number(edition));
  const table = rankingTable(result, shown, { node });
  writeTable(table, format, io);
  for (const w of degenerateMethods(result, shown, dataset.indicators)) io.err(`${cliText.methodWarning(shown.edition, methodWarningText(en, w))}\n`);
  return 0;
};
