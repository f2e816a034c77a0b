import { resolve } from 'node:path';
import { cacheFileFor } from '../project-cache.js';
import { formatProblem } from '../validate/format.js';
import { usage, cliText } from '../messages/cli.js';
import { parse, UsageError } from './args.js';
import { SourceDate } from '../schema/answer.js';
import type { Command } from './io.js';
import { loadWithProgress } from './open.js';

export const validate: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, { today: { type: 'string' }, quiet: { type: 'boolean' }, strict: { type: 'boolean' }, 'no-cache': { type: 'boolean' } });
  if (values.help) return io.out(`${usage.validate}\n`), 0;
  const today = values.today as string | undefined;
  if (today !== undefined && !SourceDate.safeParse(today).success || (today !== undefined && today.length !== 10)) throw new UsageError(cliText.badDate('today', today!));
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const cache = io.codeId !== undefined && !values['no-cache'] ? { cache: { file: cacheFileFor(dir), code: io.codeId } } : {};
  const { dataset, problems } = await loadWithProgress(io, dir, { evidence: true, ...(today ? { today } : {}), ...cache }, !values.quiet);
  if (!values.quiet) for (const p of problems) io.err(`${formatProblem(p)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  io.err(`${errors} error(s), ${problems.length - errors} warning(s)\n`);
  if (!dataset) return 1;
  if (values.strict && errors < problems.length) return io.err(`${cliText.strictWarnings(problems.length - errors)}\n`), 1;
  io.out(`${cliText.validateOk(dataset.countries.length, dataset.indicators.length, dataset.answers.filter((a) => a.value.kind === 'code' || a.value.kind === 'number').length, dataset.editions)}\n`);
  return 0;
};
