import type { CsvTable } from '../io/csv.js';
import { paths } from '../io/project.js';
import { Dimension } from '../schema/dimension.js';
import { Indicator } from '../schema/indicator.js';
import { ScaleOption } from '../schema/scale.js';
import type { Problem } from '../problems/problem.js';
import { message } from '../problems/messages.js';
import { parseRows, type Located } from './rows.js';
import { suggest } from '../problems/suggest.js';
import { reservedId } from '../schema/reserved.js';

export interface Framework {
  dimensions: Located<Dimension>[];
  indicators: Located<Indicator>[];
  scales: Record<string, ScaleOption[]>;
  /** Ids of indicator rows that failed their own checks: not "unknown" elsewhere. */
  brokenIndicators: Set<string>;
  /** Scales with a row that failed its checks: their answers are not checked against them. */
  brokenScales: Set<string>;
  /** False when indicators.csv could not be read or has no rows: ids are then not checked. */
  indicatorsAvailable: boolean;
}

/** Checks the framework files on their own and against each other. */
export function validateFramework(files: { dimensions: CsvTable | null; indicators: CsvTable | null; scales: CsvTable | null }): { framework: Framework; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (file: string, line: number, column: string, value: string) => ({ file, line, column, value, severity: 'error' as const });

  const none = { rows: [], failed: [], problems: [] };
  const dims = files.dimensions ? parseRows(files.dimensions, Dimension) : none;
  const inds = files.indicators ? parseRows(files.indicators, Indicator) : none;
  const opts = files.scales ? parseRows(files.scales, ScaleOption) : none;
  problems.push(...dims.problems, ...inds.problems, ...opts.problems);
  if (files.dimensions && files.dimensions.rows.length === 0) problems.push({ code: 'no_rows', severity: 'error', file: paths.dimensions, line: 2, message: message('no_rows', { what: 'dimensions' }) });
  if (files.indicators && files.indicators.rows.length === 0) problems.push({ code: 'no_rows', severity: 'error', file: paths.indicators, line: 2, message: message('no_rows', { what: 'indicators' }) });

  const dimensions = unique(dims.rows, (d) => d.id, paths.dimensions, problems);
  const indicators = unique(inds.rows, (i) => i.id, paths.indicators, problems);
  const dimIds = new Set(dimensions.map((d) => d.row.id));
  // ids of rows that failed their own checks, and files that could not be read, are reported
  // once; what refers to them is not reported again
  const brokenDims = new Set(dims.failed.map((r) => r.id ?? ''));
  const dimsAvailable = files.dimensions !== null && files.dimensions.rows.length > 0;
  const brokenScales = new Set(opts.failed.map((r) => r.scale ?? ''));
  const indicatorsAvailable = files.indicators !== null && files.indicators.rows.length > 0;
  const why = { output: 'it names a file or folder of the report', 'built-in': 'it is a built-in property of JavaScript objects' } as const;
  for (const [file, rows, column] of [[paths.dimensions, dimensions, 'id'], [paths.indicators, indicators, 'id'], [paths.scales, opts.rows.filter((r, k, all) => all.findIndex((x) => x.row.scale === r.row.scale) === k), 'scale']] as const) {
    for (const r of rows as readonly Located<{ id?: string; scale?: string }>[]) {
      const id = (column === 'id' ? r.row.id : r.row.scale) ?? '';
      const reason = reservedId(id);
      if (reason) problems.push({ code: 'reserved_id', ...at(file, r.line, column, id), message: message('reserved_id', { id, why: why[reason] }) });
    }
  }
  for (const i of indicators) {
    if (dimIds.has(i.row.id)) problems.push({ code: 'id_clash', ...at(paths.indicators, i.line, 'id', i.row.id), message: message('id_clash', { id: i.row.id }) });
  }

  // hierarchy: parents exist, no cycles
  const parentOf = new Map(dimensions.map((d) => [d.row.id, d.row.parent]));
  for (const d of dimensions) {
    const p = d.row.parent;
    if (p !== null && !dimIds.has(p) && !brokenDims.has(p)) {
      problems.push({ code: 'unknown_parent', ...at(paths.dimensions, d.line, 'parent', p), message: message('unknown_parent', { parent: p, suggestion: suggest(p, dimIds) }) });
    }
  }
  const reported = new Set<string>();
  for (const d of dimensions) {
    const path = [d.row.id];
    let cur = parentOf.get(d.row.id) ?? null;
    while (cur !== null && dimIds.has(cur)) {
      if (cur === d.row.id) {
        const key = [...path].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          problems.push({ code: 'hierarchy_cycle', ...at(paths.dimensions, d.line, 'parent', d.row.parent ?? ''), message: message('hierarchy_cycle', { path: [...path, cur] }) });
        }
        break;
      }
      if (path.includes(cur)) break; // a cycle further up, reported from its own members
      path.push(cur);
      cur = parentOf.get(cur) ?? null;
    }
  }

  // scales
  // no prototype: a scale id is a key, never a built-in property
  const scales: Record<string, ScaleOption[]> = Object.create(null) as Record<string, ScaleOption[]>;
  const firstLine = new Map<string, number>();
  for (const { line, row } of opts.rows) {
    const key = `${row.scale}\u0000${row.code}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      problems.push({ code: 'duplicate_code', ...at(paths.scales, line, 'code', row.code), message: message('duplicate_code', { scale: row.scale, code: row.code, first }) });
      continue;
    }
    firstLine.set(key, line);
    (scales[row.scale] ??= []).push(row);
  }
  for (const [id, options] of Object.entries(scales)) {
    if (options.some((o, k) => k > 0 && o.score < options[k - 1]!.score)) {
      const line = firstLine.get(`${id}\u0000${options[0]!.code}`) ?? 1;
      problems.push({ code: 'scale_order', ...at(paths.scales, line, 'score', id), severity: 'warning', message: message('scale_order', { scale: id }) });
    }
  }

  // indicators against dimensions and scales
  const scaleIds = Object.keys(scales);
  const used = new Set<string>();
  for (const { line, row } of indicators) {
    if (dimsAvailable && !dimIds.has(row.dimension) && !brokenDims.has(row.dimension)) {
      problems.push({ code: 'unknown_dimension', ...at(paths.indicators, line, 'dimension', row.dimension), message: message('unknown_dimension', { dimension: row.dimension, suggestion: suggest(row.dimension, dimIds) }) });
    }
    if (row.type === 'categorical') {
      if (row.scale === null) problems.push({ code: 'missing_scale', ...at(paths.indicators, line, 'scale', ''), message: message('missing_scale', {}) });
      else if (!scales[row.scale] && !brokenScales.has(row.scale)) problems.push({ code: 'unknown_scale', ...at(paths.indicators, line, 'scale', row.scale), message: message('unknown_scale', { scale: row.scale, suggestion: suggest(row.scale, scaleIds) }) });
      else used.add(row.scale);
    } else {
      if (row.direction === null) problems.push({ code: 'missing_direction', ...at(paths.indicators, line, 'direction', ''), message: message('missing_direction', {}) });
      if (row.lower !== null && row.upper !== null && row.lower >= row.upper) {
        problems.push({ code: 'bad_bounds', ...at(paths.indicators, line, 'lower', String(row.lower)), message: message('bad_bounds', { lower: row.lower, upper: row.upper }) });
      }
    }
  }
  for (const r of inds.failed) if (r.scale) used.add(r.scale.trim());
  for (const id of scaleIds) {
    if (indicatorsAvailable && !used.has(id)) problems.push({ code: 'unused_scale', ...at(paths.scales, firstLine.get(`${id}\u0000${scales[id]![0]!.code}`) ?? 1, 'scale', id), severity: 'warning', message: message('unused_scale', { scale: id }) });
  }
  // every dimension leads to at least one indicator
  const hasContent = new Set<string>([...indicators.map((i) => i.row.dimension), ...inds.failed.map((r) => r.dimension ?? '')]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of dimensions) {
      if (hasContent.has(d.row.id) && d.row.parent !== null && !hasContent.has(d.row.parent)) {
        hasContent.add(d.row.parent);
        grew = true;
      }
    }
  }
  for (const d of dimensions) {
    if (indicatorsAvailable && !hasContent.has(d.row.id)) problems.push({ code: 'empty_dimension', ...at(paths.dimensions, d.line, 'id', d.row.id), message: message('empty_dimension', { id: d.row.id }) });
  }
  const brokenIndicators = new Set(inds.failed.map((r) => r.id ?? '').filter((id) => id !== ''));
  return { framework: { dimensions, indicators, scales, brokenIndicators, brokenScales, indicatorsAvailable }, problems };
}

/** Keeps the first row of each id; later duplicates become problems. */
export function unique<T>(rows: Located<T>[], id: (r: T) => string, file: string, problems: Problem[], column = 'id'): Located<T>[] {
  const first = new Map<string, number>();
  const out: Located<T>[] = [];
  for (const r of rows) {
    const key = id(r.row);
    const line = first.get(key);
    if (line !== undefined) {
      problems.push({ code: 'duplicate_id', severity: 'error', file, line: r.line, column, value: key, message: message('duplicate_id', { id: key, first: line }) });
      continue;
    }
    first.set(key, r.line);
    out.push(r);
  }
  return out;
}
