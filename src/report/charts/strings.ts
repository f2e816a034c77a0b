/**
 * Every user-facing string in the charts, English first. A translation is an object with the same
 * keys (any missing key falls back to English). Placeholders are `{name}`; a message whose count
 * matters is a set of plural forms chosen by `Intl.PluralRules` for the locale (`other` required).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;

export const EN = {
  missing: 'no data',
  notApplicable: 'not applicable',
  colCountry: 'Country',
  colScore: 'Score',
  colBand: 'Band',
  colRank: 'Rank',
  colRankLow: 'Best rank',
  colRankHigh: 'Worst rank',
  colDimension: 'Dimension',
  colIndicator: 'Indicator',
  colAnswer: 'Answer',
  colCountries: 'Countries',
  colChange: 'Change',
  colComparison: 'Comparison',

  rankingTitle: 'Overall score by country',
  rankingAxis: 'Score (0–100)',
  rankingMeasure: 'overall score',
  rankingRange: 'ranks {low}–{high}',
  rankingRangeOne: 'rank {low} in every run',
  rankingAlt: 'Bar chart ranking {count} countries by {measure}, from {first} ({firstValue}) to {last} ({lastValue}).',
  rankingAltNone: 'Bar chart by {measure}: no country has a score.',
  rankingAltMissing: {
    one: '{count} country not ranked for lack of data.',
    other: '{count} countries not ranked for lack of data.',
  },
  altBands: 'Bands: {bands}.',

  heatmapTitle: 'Scores by dimension',
  heatmapBin: '{from}–{to}',
  heatmapAlt:
    'Heatmap of {rows} countries by {cols} dimensions, each cell printed with its score, from {min} to {max}; darker cells are lower scores.',
  heatmapAltNone: 'Heatmap of {rows} countries by {cols} dimensions: no scores.',
  heatmapAltMissing: { one: '{count} cell has no data.', other: '{count} cells have no data.' },

  radarTitle: '{name}: scores by dimension',
  radarComparison: 'Average of all countries',
  radarComparisonShort: 'avg.',
  radarAlt:
    'Radar chart of the scores of {name} on {count} dimensions (0–100): highest {maxLabel} ({maxValue}), lowest {minLabel} ({minValue}).',
  radarAltNone: 'Radar chart of {name} on {count} dimensions: no scores.',
  radarAltComparison: 'Dashed line: {comparison}.',
  radarAltMissing: { one: '{count} dimension has no data.', other: '{count} dimensions have no data.' },

  changeTitle: 'Change in overall score, {from} to {to}',
  changeAxis: 'Score (0–100)',
  changeAlt:
    'Dumbbell chart of the change in score of {count} countries from {from} to {to}: {up} improved, {down} declined, {same} unchanged.',
  changeAltNone: 'Dumbbell chart from {from} to {to}: no country has a score in both editions.',
  changeImproved: 'improved',
  changeDeclined: 'declined',
  changeOnly: '{edition} only',
  changeAltBest: 'Largest gain: {name} ({delta}).',
  changeAltWorst: 'Largest fall: {name} ({delta}).',
  changeAltMissing: {
    one: '{count} country lacks a score in one edition.',
    other: '{count} countries lack a score in one edition.',
  },

  sourceDefault: 'Source: policy-index.',
  findingJoin: '{a}; {b}',
  subtitleEdition: '{what}. {edition} edition',
  rankingLead: '{first} leads with {value}',
  rankingLeadTie: '{first} share first place with {value}',
  rankingLowest: '{count} of {total} countries rated {band}',
  rankingLast: '{last} comes last with {value}',
  rankingSubtitle: '{measure} by country (0–100, higher is better), bars labelled with score and band',
  rankingNote: 'Tied countries share a rank. Hatched rows: no score for lack of data.',
  rankingNoteShortfall: '† Rests on fewer answers than the framework asks for: blank answers are left out and the others reweighted.',
  rankingNoteCarried: '‡ Includes answers carried forward from the previous edition where this one is blank; they are not new evidence.',
  rankingAltShortfall: 'Scores marked † ({n}) rest on fewer answers than the framework asks for.',
  rankingAltCarried: 'Scores marked ‡ ({n}) include answers carried forward from the previous edition.',
  heatmapFinding: '{low} is the weakest dimension, averaging {lowValue}; {high} the strongest, at {highValue}',
  heatmapSubtitle: 'Score by dimension and country (0–100, darker is lower)',
  heatmapNote: 'Grey hatched cells: no answered indicator in that dimension.',
  radarFinding: '{name} is strongest on {maxLabel} ({maxValue}) and weakest on {minLabel} ({minValue})',
  radarSubtitle: 'Score by dimension (0–100, outward is better); dashed line: {comparison}',
  radarNote: 'A dimension without evidence leaves a gap in the shape.',
  changeFinding: '{up} of {count} countries improved since {from}; {best} gained most ({delta})',
  changeFindingNone: 'No country improved between {from} and {to}',
  changeSubtitle: 'Overall score (0–100): hollow dot {from}, filled dot {to}; labels give the change in points',
  changeNote: 'Blue bars: higher score; vermillion: lower. Countries scored in one edition only are named with it.',
  distributionFinding: 'Evidence is thinnest on {name}: {missing} of {countries} countries unanswered',
  distributionFindingFull: 'Every country answered every applicable indicator',
  distributionSubtitle: 'Number of countries giving each answer, per indicator, worst answer first',
  distributionNote: 'Grey hatched: no evidence recorded; light grey: not applicable.',

  linkSvg: 'Vector image (SVG)',
  linkCsv: 'Data (CSV)',

  distributionTitle: 'Answers by indicator',
  distributionAxis: 'Number of countries',
  distributionAlt: 'Stacked bar chart of the answers of {countries} countries to {count} indicators.',
  distributionAltMissing: 'Most missing data: {name} ({missing} of {countries}).',
} satisfies Record<string, Message>;

export type ChartStrings = { [K in keyof typeof EN]: Message };
export type MessageKey = keyof typeof EN;

/**
 * Look up a message and fill its `{placeholders}`. A plural message picks its form from
 * `params.count` with `Intl.PluralRules(locale)`, falling back to `other`.
 * @example t('rankingAltMissing', { count: 3 }) // '3 countries not ranked for lack of data.'
 */
export function t(
  key: MessageKey,
  params: Record<string, string | number> = {},
  strings: Partial<ChartStrings> = EN,
  locale = 'en',
): string {
  const message: Message = strings[key] ?? EN[key];
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = typeof params.count === 'number' ? params.count : 0;
    const form = new Intl.PluralRules(locale).select(count);
    template = message[form] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
