import { scoringMatrix } from '../../engine/scoring-matrix.js';
import type { IndexResult } from '../../engine/types.js';
import type { ExplorerData, ExplorerLanguage } from '../../explorer/data.js';
import type { Language } from '../../messages/languages.js';
import { t } from '../../messages/t.js';
import type { Dataset } from '../../schema/dataset.js';
import { bandLabel, localiseDataset, regionLabel } from '../model/localise.js';

const PREFIX = 'explorer.';

/** The explorer's strings of one language: its catalogue's `explorer.*` messages, node names, band labels and region names. */
function explorerLanguage(dataset: Dataset, l: Language, tr: ReadonlyMap<string, string>): ExplorerLanguage {
  const local = localiseDataset(dataset, tr);
  const s = Object.fromEntries(Object.entries(l.strings).filter(([k]) => k.startsWith(PREFIX)).map(([k, v]) => [k.slice(PREFIX.length), v]));
  return {
    code: l.code, locale: l.locale, dir: l.dir, name: t(l.strings, 'lang.name'), s,
    nodes: Object.fromEntries([...local.dimensions, ...local.indicators].map((n) => [n.id, n.name])),
    bands: Object.fromEntries(dataset.methodology.bands.map((b) => [b.label, bandLabel(b.label, tr) ?? b.label])),
    regions: Object.fromEntries([...new Set(dataset.countries.map((c) => c.region).filter((r): r is string => r !== null))].sort().map((r) => [r, regionLabel(r, tr)])),
  };
}

/**
 * What the explorer page ships: the latest edition's answer matrix as the engine sees it, the
 * framework without its prose (the scoring reads none of it), the methodology, the published
 * rank and plausible range of every country, and the strings of every report language.
 * `data` and `result` are the primary language's localised dataset and its scores.
 */
export function explorerData(o: {
  data: Dataset;
  result: IndexResult;
  dataset: Dataset;
  languages: Language[];
  translations: Record<string, ReadonlyMap<string, string>>;
  intervals?: Record<string, [number, number]>;
  title: string;
}): ExplorerData {
  const latest = o.result.editions.at(-1)!;
  // denominated and screened as buildIndex scores it (carry-forward is not shipped to the explorer)
  const matrix = scoringMatrix(o.data, latest.edition, { ...o.result.methodology, carryForward: false });
  const kept = new Set(matrix.countries);
  const rootId = o.result.hierarchy.rootId;
  return {
    version: 1,
    title: o.title,
    edition: latest.edition,
    editions: o.data.editions,
    dimensions: o.data.dimensions.map((d) => ({ ...d, description: null })),
    indicators: o.data.indicators.map((i) => ({ ...i, question: null, source: null, recommendation: null })),
    countries: o.data.countries.filter((c) => kept.has(c.iso3)).map((c) => {
      // only the column group imputation reads, when it is not the region
      const group = o.result.methodology.imputation.group;
      const value = group === 'region' ? undefined : c.attributes?.[group];
      return { iso3: c.iso3, name: c.name, region: c.region, ...(value === undefined ? {} : { attributes: { [group]: value } }) };
    }),
    scales: o.data.scales,
    methodology: o.result.methodology,
    values: matrix.values.map((row) => row.map((v) => (v === undefined ? 'na' : v))),
    published: Object.fromEntries(latest.countries.map((c) => {
      const range = o.intervals?.[c.iso3];
      return [c.iso3, { rank: c.ranks[rootId] ?? null, low: range?.[0] ?? null, high: range?.[1] ?? null }];
    })),
    languages: o.languages.map((l) => explorerLanguage(o.dataset, l, o.translations[l.code] ?? new Map())),
    scorecards: o.languages.map((l) => l.code),
  };
}
