import { lstat, mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { decodeText } from '../io/decode.js';
import { parseCsv } from '../io/csv.js';
import { backup, BackupsFull, exists } from '../io/backup.js';
import { outputText } from '../messages/output.js';
import { paths, readProject } from '../io/project.js';
import { projectCsv } from '../io/write-csv.js';
import { writeFileAtomic } from '../io/write.js';
import { wideToLong } from '../engine/wide-import.js';
import { answerColumns } from '../schema/answer.js';
import { Iso3 } from '../schema/country.js';
import { indicatorColumns } from '../schema/indicator.js';
import { formatProblem } from '../validate/format.js';
import { suggest } from '../problems/suggest.js';
import { cliText, usage } from '../messages/cli.js';
import { integer, parse, UsageError } from './args.js';
import type { Command } from './io.js';

const NUMERIC = /^\s*([-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?|NA|N\/A|\.\.|)\s*$/i;

export const importWide: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, {
    id: { type: 'string' }, name: { type: 'string' }, region: { type: 'string' }, edition: { type: 'string' },
    source: { type: 'string' }, 'source-url': { type: 'string' }, 'source-date': { type: 'string' },
    'create-indicators': { type: 'string' }, force: { type: 'boolean' },
  });
  if (values.help) return io.out(`${usage.import}\n`), 0;
  const wide = positionals[0];
  if (!wide) throw new UsageError('WIDE.csv is required');
  const source = values.source as string | undefined;
  if (!source) throw new UsageError(cliText.importRequired('source'));
  const dir = resolve(io.cwd, positionals[1] ?? '.');
  const file = resolve(io.cwd, wide);
  const decoded = decodeText(await readFile(file), wide);
  const fail = (lines: string[]) => { for (const l of lines) io.err(`${l}\n`); return 1; };
  if (decoded.text === null) return fail(decoded.problems.map(formatProblem));
  const parsed = parseCsv(decoded.text, wide, { required: [] });
  const errors = parsed.problems.filter((p) => p.severity === 'error' && p.code !== 'csv_unknown_column');
  if (!parsed.table || errors.length) return fail(errors.map(formatProblem));
  // re-read keeping every column (the spec above listed none as expected)
  const table = parseCsv(decoded.text, wide, { required: [], optional: parsed.table.columns }).table!;
  const id = (values.id as string | undefined) ?? 'iso3';
  const name = (values.name as string | undefined) ?? 'name';
  const region = (values.region as string | undefined) ?? (table.columns.includes('region') ? 'region' : null);
  for (const c of [id, ...(table.columns.includes(name) ? [] : values.name ? [name] : []), ...(region ? [region] : [])]) {
    if (!table.columns.includes(c)) return fail([cliText.importMissingColumn(c, wide, table.columns)]);
  }
  const edition = integer('edition', values.edition as string | undefined, 1900, 2999) ?? null;
  if (edition === null && !table.columns.includes('edition')) throw new UsageError(cliText.importRequired('edition'));
  for (const { line, record } of table.rows) {
    if (!Iso3.safeParse(record[id]?.trim()).success) return fail([cliText.importBadCode(wide, line, record[id] ?? '')]);
  }

  const project = await readProject(dir);
  const known = new Set((project.files.indicators?.rows ?? []).map((r) => r.record.id ?? ''));
  const reserved = new Set([id, name, region, 'edition']);
  const candidates = table.columns.filter((c) => c !== '' && !reserved.has(c));
  const createIn = values['create-indicators'] as string | undefined;
  const indicators: string[] = [];
  const created: string[] = [];
  for (const c of candidates) {
    if (known.has(c)) indicators.push(c);
    else if (createIn && table.rows.every((r) => NUMERIC.test(r.record[c] ?? ''))) {
      indicators.push(c);
      created.push(c);
    } else if (!createIn) return fail([cliText.importUnknownIndicator(wide, c, suggest(c, known))]);
  }
  const result = wideToLong(table, {
    id, name, region, edition, source, sourceUrl: (values['source-url'] as string | undefined) ?? null,
    sourceDate: (values['source-date'] as string | undefined) ?? null, indicators,
  });

  // everything to write, decided before anything is written
  const writes: { path: string; content: string }[] = [];
  const existingCountries = (project.files.countries?.rows ?? []).map((r) => r.record);
  const merged = new Map(existingCountries.map((r) => [r.iso3 ?? '', { iso3: r.iso3 ?? '', name: r.name ?? '', region: r.region ?? '' }]));
  for (const c of result.countries) merged.set(c.iso3, c);
  writes.push({ path: join(dir, paths.countries), content: projectCsv(['iso3', 'name', 'region'], [...merged.values()].sort((a, b) => a.iso3.localeCompare(b.iso3))) });
  // a country's rows for other indicators or editions are kept; imported (indicator, edition) pairs replace theirs
  const order = new Map([...(project.files.indicators?.rows ?? []).map((r) => r.record.id ?? ''), ...created].map((id, k) => [id, k]));
  for (const [iso3, rows] of Object.entries(result.answers)) {
    const existing = project.files.countryFiles.find((f) => f.name === `${iso3}.csv`)?.table?.rows.map((r) => r.record) ?? [];
    const imported = new Set(rows.map((r) => `${r.indicator}\u0000${r.edition}`));
    const merged = [...existing.filter((r) => !imported.has(`${r.indicator}\u0000${r.edition}`)), ...rows]
      .sort((a, b) => Number(a.edition) - Number(b.edition) || (order.get(a.indicator ?? '') ?? 1e9) - (order.get(b.indicator ?? '') ?? 1e9));
    writes.push({ path: join(dir, paths.countriesDir, `${iso3}.csv`), content: projectCsv(answerColumns, merged) });
  }
  if (created.length) {
    const rows = (project.files.indicators?.rows ?? []).map((r) => r.record);
    for (const c of created) rows.push({ id: c, dimension: createIn!, name: c, type: 'numeric', direction: 'higher', weight: '1' });
    writes.push({ path: join(dir, paths.indicators), content: projectCsv(indicatorColumns, rows) });
  }
  if (!values.force) {
    const clashes: string[] = [];
    for (const w of writes) if (await exists(w.path)) clashes.push(w.path);
    if (clashes.length) return fail(clashes.map((p) => cliText.exists(p)));
  }
  // only regular files are replaced: never a folder, a link or a device standing at a file's name
  for (const w of writes) {
    const st = await lstat(w.path).catch(() => null);
    if (st && !st.isFile()) return fail([outputText.notAFile(w.path)]);
  }
  await mkdir(join(dir, paths.countriesDir), { recursive: true });
  await mkdir(join(dir, 'indicators'), { recursive: true });
  try {
    for (const w of writes) await backup(w.path); // every backup first, numbered: no earlier one is replaced
  } catch (e) {
    if (e instanceof BackupsFull) return fail([outputText.backupClash(e.path)]);
    throw e;
  }
  for (const w of writes) await writeFileAtomic(w.path, w.content);
  io.err(`${cliText.importDone(result.countries.length, indicators.length, writes.length)}\n`);
  return 0;
};
