import type { EditionResult, IndexResult } from '../../engine/types.js';
import type { Strings } from '../../messages/report-en.js';
import { toCsv } from '../format/csv.js';
import { toJson } from '../format/json.js';
import { toMarkdown } from '../format/markdown.js';
import { rankingTable } from '../tables/ranking.js';
import type { Table } from '../tables/table.js';
import type { OutputFile } from './types.js';

export interface PlannedTable {
  /** Path without extension, relative to the report root, e.g. ranking/ranking-2024. */
  base: string;
  table: Table;
  edition: number;
  node: string;
}

/** Ranked tables of every edition: overall and per dimension. */
export function planTables(result: IndexResult, strings: Strings, intervals?: Record<string, [number, number]>): PlannedTable[] {
  const out: PlannedTable[] = [];
  const latest = result.editions.at(-1)?.edition;
  for (const e of result.editions) {
    const iv = e.edition === latest ? intervals : undefined;
    out.push({ base: `ranking/ranking-${e.edition}`, table: rankingTable(result, e, { strings, intervals: iv }), edition: e.edition, node: result.hierarchy.rootId });
    for (const d of result.hierarchy.dimensions) {
      out.push({ base: `ranking/${d}-${e.edition}`, table: rankingTable(result, e as EditionResult, { node: d, strings }), edition: e.edition, node: d });
    }
  }
  return out;
}

/** The machine formats of each table (the HTML page is built with the site). */
export function tableFiles(tables: readonly PlannedTable[]): OutputFile[] {
  return tables.flatMap((t) => [
    { path: `${t.base}.csv`, content: toCsv(t.table) },
    { path: `${t.base}.json`, content: toJson(t.table) },
    { path: `${t.base}.md`, content: toMarkdown(t.table) },
  ]);
}
