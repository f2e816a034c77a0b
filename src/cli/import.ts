import { lstat, mkdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { decodeText } from '../io/decode.js';
import { parseCsv } from '../io/csv.js';
import { backup, BackupsFull, exists } from '../io/backup.js';
import { outputText } from '../messages/output.js';
import { paths, readProject } from '../io/project.js';
import { projectCsv } from '../io/write-csv.js';
import { writeFilesAside } from '../io/write-all.js';
import { parseCsv as parseTable } from '../io/csv.js';
import { specs } from '../io/project.js';
import { validateProject } from '../validate/project.js';
import { SourceDate } from '../schema/answer.js';
import type { Problem } from '../problems/problem.js';
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
  const sourceUrl = values['source-url'] as string | undefined;
  if (sourceUrl !== undefined && !/^https?:\/\/[^\s<>"]+$/i.test(sourceUrl)) throw new UsageError(cliText.importBadUrl(sourceUrl));
  const sourceDate = values['source-date'] as string | undefined;
  if (sourceDate !== undefined && !SourceDate.safeParse(sourceDate).success) throw new UsageError(cliText.badDate('source-date', sourceDate));
  const dir = resolve(io.cwd, positionals[1] ?? '.');
  const file = resolve(io.cwd, wide);
  const decoded = decodeText(await readFile(file), wide);
  const fail = (lines: string[]) => { for (const l of lines) io.err(`${l}\n`); return 1; };
  if (decoded.text === null) return fail(decoded.problems.map(formatProblem));
  const parsed = parseCsv(decoded.text, wide, { required: [] });
  const errors = parsed.problems.filter((p) => p.severity === 'error' && p.code !== 'csv_unknown_column');
  if (!parsed.table || errors.length) return fail(errors.map(formatProblem));
  // re-read keeping every column (the spec above listed none as expected)
  const reread = parseCsv(decoded.text, wide, { required: [], optional: parsed.table.columns });
  const table = reread.table!;
  // controls removed from a cell are said, as validate says them, before the cleaned text is written
  for (const p of reread.problems) if (p.code === 'control_characters') io.err(`${formatProblem(p)}\n`);
  const id = (values.id as string | undefined) ?? 'iso3';
  const name = (values.name as string | undefined) ?? 'name';
  const region = (values.region as string | undefined) ?? (table.columns.includes('region') ? 'region' : null);
  for (const c of [id, ...(table.columns.includes(name) ? [] : values.name ? [name] : []), ...(region ? [region] : [])]) {
    if (!table.columns.includes(c)) return fail([cliText.importMissingColumn(c, wide, table.columns)]);
  }
  const edition = integer('edition', values.edition as string | undefined, 1900, 2999) ?? null;
  const edition0 = edition === null ? null : String(edition);
  if (edition === null && !table.columns.includes('edition')) throw new UsageError(cliText.importRequired('edition'));
  for (const { line, record } of table.rows) {
    if (!Iso3.safeParse(record[id]?.trim()).success) return fail([cliText.importBadCode(wide, line, record[id] ?? '')]);
  }

  const first = new Map<string, number>();
  for (const { line, record } of table.rows) {
    const code = record[id]!.trim();
    const edition = edition0 ?? (record.edition ?? '').trim();
    if (!/^\d{4}$/.test(edition) || Number(edition) < 1900) return fail([cliText.importBadEdition(wide, line, edition)]);
    const key = `${code}\u0000${edition}`;
    if (first.has(key)) return fail([cliText.importDuplicateRow(wide, line, code, first.get(key)!)]);
    first.set(key, line);
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
  // the file's own columns (denominators, groups) are kept, for the countries it had
  const own = (project.files.countries?.columns ?? []).filter((c) => c !== '' && !['iso3', 'name', 'region'].includes(c));
  const merged = new Map<string, Record<string, string>>(existingCountries.map((r) => [r.iso3 ?? '', { ...r, iso3: r.iso3 ?? '', name: r.name ?? '', region: r.region ?? '' }]));
  for (const c of result.countries) merged.set(c.iso3, { ...merged.get(c.iso3), ...c });
  writes.push({ path: join(dir, paths.countries), content: projectCsv(['iso3', 'name', 'region', ...own], [...merged.values()].sort((a, b) => a.iso3!.localeCompare(b.iso3!))) });
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
  // a file import rewrites must read whole: a row it cannot read would be dropped from the rewrite
  const rewritten = new Set(writes.map((w) => relative(dir, w.path).split(sep).join('/')));
  const unreadable = project.problems.filter((p) => p.severity === 'error' && p.code !== 'file_missing' && rewritten.has(p.file));
  if (unreadable.length) return fail([...unreadable.map(formatProblem), cliText.importUnreadable([...new Set(unreadable.map((p) => p.file))])]);
  // what import writes is validated as part of the project it makes: it adds no error of its own
  const invalid = newErrors(project, writes, dir);
  if (invalid.length) return fail([...invalid.map(formatProblem), cliText.importInvalid(invalid.length)]);
  await mkdir(join(dir, paths.countriesDir), { recursive: true });
  await mkdir(join(dir, 'indicators'), { recursive: true });
  // every file aside first, then every backup (numbered: no earlier one is replaced), then the
  // renames, countries.csv last: a full disk stops import before any file is replaced
  const countriesPath = join(dir, paths.countries);
  const ordered = [...writes.filter((w) => w.path !== countriesPath), ...writes.filter((w) => w.path === countriesPath)];
  const made: string[] = [];
  try {
    await writeFilesAside(ordered, async () => {
      try {
        for (const w of ordered) { const b = await backup(w.path); if (b) made.push(b); }
      } catch (e) {
        for (const b of made) await rm(b, { force: true });
        throw e;
      }
    });
  } catch (e) {
    if (e instanceof BackupsFull) return fail([outputText.backupClash(e.path)]);
    throw e;
  }
  io.err(`${cliText.importDone(result.countries.length, indicators.length, writes.length)}\n`);
  return 0;
};

/**
 * Errors the project would have after import that it does not have now, compared by file, code,
 * column and value (lines move when rows are merged): import must not write what validate refuses.
 */
function newErrors(project: Awaited<ReturnType<typeof readProject>>, writes: readonly { path: string; content: string }[], dir: string): Problem[] {
  const key = (p: Problem) => `${p.file}\u0000${p.code}\u0000${p.column ?? ''}\u0000${p.value ?? ''}`;
  const before = new Set(validateProject(project.files).problems.filter((p) => p.severity === 'error').map(key));
  const files = { ...project.files, countryFiles: [...project.files.countryFiles] };
  for (const w of writes) {
    const rel = relative(dir, w.path).split(sep).join('/');
    if (rel === paths.countries) files.countries = parseTable(w.content, rel, specs.countries).table;
    else if (rel === paths.indicators) files.indicators = parseTable(w.content, rel, specs.indicators).table;
    else {
      const name = rel.slice(paths.countriesDir.length + 1);
      const table = parseTable(w.content, rel, specs.answers).table;
      const k = files.countryFiles.findIndex((f) => f.name === name);
      if (k >= 0) files.countryFiles[k] = { name, table };
      else files.countryFiles.push({ name, table });
    }
  }
  files.countryFiles.sort((a, b) => (a.name < b.name ? -1 : 1));
  return validateProject(files).problems.filter((p) => p.severity === 'error' && !before.has(key(p)));
}
