import type { Dataset } from '../../schema/dataset.js';

/**
 * A copy of the dataset with the framework's words in another language, from a translation
 * table keyed `dimension.<id>.name`, `indicator.<id>.name|question|recommendation`,
 * `scale.<scale>.<code>.label`. Anything not translated stays as it is. Pure.
 */
export function localiseDataset(dataset: Dataset, tr: ReadonlyMap<string, string>): Dataset {
  if (tr.size === 0) return dataset;
  const get = (key: string, fallback: string | null) => tr.get(key) ?? fallback;
  return {
    ...dataset,
    dimensions: dataset.dimensions.map((d) => ({ ...d, name: get(`dimension.${d.id}.name`, d.name)! })),
    indicators: dataset.indicators.map((i) => ({
      ...i,
      name: get(`indicator.${i.id}.name`, i.name)!,
      question: get(`indicator.${i.id}.question`, i.question),
      recommendation: get(`indicator.${i.id}.recommendation`, i.recommendation),
    })),
    scales: Object.fromEntries(Object.entries(dataset.scales).map(([id, options]) => [id, options.map((o) => ({ ...o, label: get(`scale.${id}.${o.code}.label`, o.label)! }))])),
    countries: dataset.countries.map((c) => ({ ...c, name: get(`country.${c.iso3}.name`, c.name)! })),
  };
}

/**
 * A region name of countries.csv translated (`region.<name>`, e.g. `region.Europe`), for display
 * only: the data keeps the name as written, so grouping by region (imputation) is the same in
 * every language.
 */
export function regionLabel(region: string, tr: ReadonlyMap<string, string>): string {
  return tr.get(`region.${region}`) ?? region;
}

/** Band labels translated (`band.<label>`), for display only; the methodology keeps its own. */
export function bandLabel(label: string | null, tr: ReadonlyMap<string, string>): string | null {
  return label === null ? null : tr.get(`band.${label}`) ?? label;
}
