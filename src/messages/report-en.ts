/**
 * Every user-facing string of the reports, in English. Translations (report-fr.ts, …) have the
 * same keys. `{name}` placeholders are filled by `t()`.
 */
export const en = {
  'lang.name': 'English',
  'index.title': 'Ending Immigration Detention of Children Index',
  'index.short': 'Index',
  'col.rank': 'Rank',
  'col.iso3': 'Code',
  'col.country': 'Country',
  'col.region': 'Region',
  'col.score': 'Score',
  'col.band': 'Band',
  'col.coverage': 'Coverage',
  'col.change': 'Change',
  'col.rankChange': 'Rank change',
  'col.interval': 'Plausible ranks',
  'col.indicator': 'Indicator',
  'col.dimension': 'Dimension',
  'col.answer': 'Answer',
  'col.justification': 'Justification',
  'col.source': 'Source',
  'table.ranking': 'Ranking, {edition} edition',
  'table.dimension': '{dimension}: ranking, {edition} edition',
  'note.notRanked': 'Not ranked: fewer than {pct}% of applicable indicators answered ({countries}).',
  'note.change': 'Change: since the {previous} edition; a positive rank change means the country moved up.',
  'note.smallGaps': 'Small differences in rank are not meaningful; see the plausible rank ranges.',
  'value.missing': 'no evidence',
  'value.na': 'not applicable',
  'value.notRanked': 'not ranked',
  'value.partial': 'partial scope',
  'value.new': 'new',
} as const;

export type MessageKey = keyof typeof en;
export type Strings = Record<MessageKey, string>;
