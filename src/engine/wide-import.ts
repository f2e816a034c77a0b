import type { CsvTable } from '../io/csv.js';

export interface WideImportOptions {
  id: string;
  name: string;
  region: string | null;
  edition: number | null;
  source: string;
  sourceUrl: string | null;
  sourceDate: string | null;
  indicators: readonly string[];
}

export interface WideImport {
  countries: { iso3: string; name: string; region: string }[];
  /** Rows of each countries/<ISO3>.csv, in indicator order. */
  answers: Record<string, Record<string, string>[]>;
}

/**
 * A wide table (one row per country, one column per indicator) → the project's long rows.
 * Blank and `NA` cells become blank answers (no evidence), never zero. Pure.
 */
export function wideToLong(table: CsvTable, o: WideImportOptions): WideImport {
  const countries: WideImport['countries'] = [];
  const answers: WideImport['answers'] = {};
  for (const { record } of table.rows) {
    const iso3 = record[o.id]!.trim();
    const edition = o.edition ?? Number(record.edition);
    countries.push({ iso3, name: (record[o.name] ?? iso3).trim(), region: o.region ? (record[o.region] ?? '').trim() : '' });
    const rows = (answers[iso3] ??= []);
    for (const ind of o.indicators) {
      const v = (record[ind] ?? '').trim();
      const blank = v === '' || /^(NA|N\/A|NaN|\.\.)$/i.test(v);
      rows.push({
        indicator: ind, edition: String(edition), answer: blank ? '' : v, scope: '',
        justification: blank ? '' : `Value imported from ${o.source}.`,
        source: blank ? '' : o.source, source_url: blank ? '' : o.sourceUrl ?? '', source_date: blank ? '' : o.sourceDate ?? '',
      });
    }
  }
  return { countries, answers };
}
