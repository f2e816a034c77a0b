import { resolve } from 'node:path';
import { z } from 'zod';
import { writeDirAtomic } from '../io/write-dir.js';
import { AnswerRow } from '../schema/answer.js';
import { Country } from '../schema/country.js';
import { Dimension } from '../schema/dimension.js';
import { AnswerCueRow, EvidenceRuleRow, SourceKindRow } from '../schema/evidence.js';
import { Indicator } from '../schema/indicator.js';
import { Methodology } from '../schema/methodology.js';
import { ScaleOption } from '../schema/scale.js';
import { usage, cliText } from '../messages/cli.js';
import { parse } from './args.js';
import type { Command } from './io.js';

/** The JSON Schema of every file format, keyed by a short name. CSV rows are described as objects of text cells. */
export function formatSchemas(): Record<string, unknown> {
  const opts = { io: 'input', unrepresentable: 'any' } as const;
  return {
    'dimensions.csv': z.toJSONSchema(Dimension, opts),
    'indicators.csv': z.toJSONSchema(Indicator, opts),
    'scales.csv': z.toJSONSchema(ScaleOption, opts),
    'countries.csv': z.toJSONSchema(Country, opts),
    'country-answers.csv': z.toJSONSchema(AnswerRow, opts),
    'methodology.json': z.toJSONSchema(Methodology, opts),
    'source-kinds.csv': z.toJSONSchema(SourceKindRow, opts),
    'evidence-rules.csv': z.toJSONSchema(EvidenceRuleRow, opts),
    'answer-cues.csv': z.toJSONSchema(AnswerCueRow, opts),
  };
}

export const schema: Command = async (argv, io) => {
  const { values } = parse(argv, { out: { type: 'string' }, force: { type: 'boolean' } });
  if (values.help) return io.out(`${usage.schema}\n`), 0;
  const schemas = formatSchemas();
  const out = values.out as string | undefined;
  if (out === undefined) {
    io.out(`${JSON.stringify(schemas, null, 2)}\n`);
    return 0;
  }
  const dir = resolve(io.cwd, out);
  const files = Object.entries(schemas).map(([name, s]) => ({ path: `${name.replace(/\.(csv|json)$/, '')}.schema.json`, content: `${JSON.stringify(s, null, 2)}\n` }));
  await writeDirAtomic(dir, files, { cwd: io.cwd, force: Boolean(values.force), onFile: (path) => io.err(`${cliText.wroteFile(resolve(dir, path))}\n`) });
  return 0;
};
