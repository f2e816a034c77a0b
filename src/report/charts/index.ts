/** The chart layer: pure builders (data → ChartSpec), theme, strings and the HTML embed. */
export { rankingBar, type RankingItem, type RankingOptions } from './ranking-bar.js';
export { heatmap, type HeatmapData, type HeatmapOptions } from './heatmap.js';
export { radar, type RadarAxis, type RadarData, type RadarOptions } from './radar.js';
export { change, type ChangeData, type ChangeItem, type ChangeOptions } from './change.js';
export { distribution, type DistributionItem, type DistributionOptions } from './distribution.js';
export { embedSnippet, type EmbedLinks, type EmbedOptions } from './embed.js';
export { EN, t, type ChartStrings, type Message, type MessageKey, type PluralForms } from './strings.js';
export { theme, bandColour } from './theme.js';
export type { ChartOptions, ChartSpec, DataTable } from './types.js';
