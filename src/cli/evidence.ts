import { evidenceTables } from '../analysis/evidence/tables.js';
import { cliText, evidenceText, usage } from '../messages/cli.js';
import { evidenceFlags, isProblem } from '../validate/evidence/flags.js';
import { choice, parse, UsageError } from './args.js';
import type { Command } from './io.js';
import { openDataset } from './open.js';
import { writeTable } from './table-output.js';

export const evidence: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, { edition: { type: 'string' }, country: { type: 'string' }, by: { type: 'string' }, format: { type: 'string' }, strict: { type: 'boolean' } });
  if (values.help) return io.out(`${usage.evidence}\n`), 0;
  const format = choice('format', values.format as string | undefined, ['table', 'csv', 'json', 'md'] as const) ?? 'table';
  const by = choice('by', values.by as string | undefined, ['figures', 'country', 'answer'] as const);
  const dataset = await openDataset(positionals[0], io);
  if (!dataset) return 1;
  const e = values.edition as string | undefined;
  if (e !== undefined && !dataset.editions.includes(Number(e))) throw new UsageError(cliText.noEdition(e, dataset.editions));
  const country = (values.country as string | undefined)?.toUpperCase();
  if (country !== undefined && !dataset.countries.some((c) => c.iso3 === country)) throw new UsageError(cliText.noCountry(country, dataset.countries.map((c) => c.iso3)));
  const checked = evidenceFlags(dataset).filter((a) => (e === undefined || a.answer.edition === Number(e)) && (country === undefined || a.answer.country === country));
  const scope = [e === undefined ? evidenceText.scopeAll : evidenceText.scopeEdition(Number(e)), ...(country ? [country] : [])].join(', ');
  const tables = evidenceTables(dataset, checked, scope);
  const chosen = by === 'figures' ? [tables.figures] : by === 'country' ? [tables.byCountry] : by === 'answer' ? [tables.byAnswer] : [tables.figures, tables.byCountry];
  chosen.forEach((t, k) => {
    if (k > 0 && format !== 'json' && format !== 'csv') io.out('\n');
    writeTable(t, format, io);
  });
  const flagged = checked.filter((a) => a.flags.some(isProblem)).length;
  if (values.strict && flagged > 0) return io.err(`${evidenceText.strict(flagged)}\n`), 1;
  return 0;
};
