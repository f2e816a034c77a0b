import type { AUDIT_RULES } from './rules.js';

type AuditRules = typeof AUDIT_RULES;

/**
 * Every English string of the audit (tables, page, charts) in one catalogue. A translation is an
 * object of the same shape (`AuditStrings`); pass it as `strings`.
 */
export const auditEn = {
  pageTitle: (index: string, edition: number) => `Statistical audit of the ${index}, ${edition} edition`,
  nav: { home: 'Home', ranking: 'Ranking', charts: 'Charts' },
  intro: (countries: number) =>
    `How the indicators and dimensions of the index move together across the ${countries} countries of this edition, ranked or not. `
    + 'Each correlation uses the countries with both values; Cronbach\u2019s alpha and the principal component analysis use the countries with a value in every indicator of the dimension. '
    + 'An indicator\u2019s correlation with its own dimension counts the indicator on both sides, so it runs high in dimensions with few indicators.',
  headings: {
    flags: 'What to look at',
    indicators: 'Indicators',
    dimensions: 'Dimensions: reliability and principal components',
    matrix: 'Correlations between dimensions',
    charts: 'Correlation heatmaps',
    rules: 'How the flags are set',
  },
  noFlags: 'No indicator or dimension is flagged.',
  tables: {
    indicators: (edition: number) => `Indicator correlations, ${edition} edition`,
    dimensions: (edition: number) => `Cronbach\u2019s alpha and principal components per dimension, ${edition} edition`,
    matrix: (edition: number) => `Correlations between dimensions and the index, ${edition} edition`,
  },
  col: {
    indicator: 'Indicator',
    dimension: 'Dimension',
    id: 'Id',
    countries: 'Countries',
    rDimension: 'r with dimension',
    rTop: 'r with top-level dimension',
    rIndex: 'r with index',
    loading: 'Loading on PC1',
    flags: 'Flags',
    items: 'Indicators used',
    complete: 'Complete countries',
    alpha: 'Cronbach\u2019s alpha',
    eigenvalue: 'First eigenvalue',
    share: 'PC1 share of variance (%)',
    kaiser: 'Components with eigenvalue > 1',
  },
  short: {
    countries: 'n', rDimension: 'r dim', rTop: 'r top', rIndex: 'r index', loading: 'PC1', flags: 'flags',
    items: 'items', complete: 'n', alpha: 'alpha', eigenvalue: 'λ1', share: 'PC1 %', kaiser: 'λ>1',
  },
  flag: {
    negative: 'negative',
    dominant: 'dominant',
    constant: 'constant',
    sparse: 'too few values',
    lowAlpha: 'low alpha',
    weakFirstComponent: 'weak first component',
    pcaUndefined: 'no PCA',
  },
  /** One sentence per flagged item, in plain words. */
  explain: {
    negative: (name: string, dimension: string, r: string) =>
      `${name} correlates negatively with its own dimension, ${dimension} (r = ${r}): countries that do better on it tend to do worse on the rest of the dimension. Check the indicator\u2019s direction and its answer scale; if both are right, the dimension combines things that pull apart.`,
    dominant: (name: string, dimension: string, r: string) =>
      `${name} dominates ${dimension} (r = ${r}) while the dimension\u2019s other indicators correlate only weakly with it: the dimension score mostly repeats this one indicator. Check its spread and weight against the others.`,
    constant: (name: string, n: number) =>
      `${name} has the same value in all ${n} countries with a value: it does not tell countries apart, its correlations are undefined, and it is left out of alpha and the principal components.`,
    sparse: (name: string, n: number) =>
      `${name} has a value in only ${n} countries: too few for a correlation, and it is left out of alpha and the principal components.`,
    lowAlpha: (dimension: string, alpha: string, n: number, threshold: number) =>
      `${dimension} has a Cronbach\u2019s alpha of ${alpha} (on ${n} countries with every indicator), below ${threshold}: its indicators do not consistently rank countries the same way.`,
    weakFirstComponent: (dimension: string, share: string) =>
      `In ${dimension} the first principal component explains only ${share}% of the indicators\u2019 variance: the indicators do not share one main direction, and the dimension may mix several concepts.`,
    pcaUndefined: (dimension: string, n: number) =>
      `${dimension} has too little complete data for principal components: over the ${n} countries with a value in every indicator, some indicator does not vary (or fewer than 3 countries are complete). Its alpha, if shown, rests on the same few countries.`,
  },
  rules: (r: AuditRules) => [
    `negative: correlation with its own dimension below ${r.negativeBelow}.`,
    `dominant: correlation with its own dimension of ${r.dominantFrom} or more (over ${Math.floor(r.dominantFrom ** 2 * 100)}% of the dimension\u2019s variance) while every other indicator of the dimension has a correlation below ${r.weakBelow}.`,
    `constant: every country with a value has the same value. Too few values: fewer than ${r.minCountries} countries with a value.`,
    `low alpha: Cronbach\u2019s alpha below ${r.alphaBelow}, the usual threshold of acceptable consistency (Nunnally 1978; OECD/JRC Handbook on Constructing Composite Indicators, 2008).`,
    `weak first component: the first principal component explains less than ${r.firstShareBelow * 100}% of the variance of the dimension\u2019s indicators.`,
    'no PCA: the principal components cannot be computed, because fewer than 3 countries have every indicator of the dimension or an indicator does not vary over them.',
  ],
  notes: {
    pairwise: 'r: Pearson correlation over the countries with both values.',
    loading: 'Loading on PC1: correlation with the first principal component of the indicator\u2019s dimension.',
    listwise: 'Alpha and the principal components use only the countries with a value in every indicator of the dimension; constant indicators and those with fewer than 3 values are left out.',
  },
  chart: {
    dimensionsTitle: 'Correlations between dimensions and the index',
    indicatorsTitle: 'Correlations of each indicator with the dimensions and the index',
    missing: 'no data',
    bin: (from: string, to: string) => `${from} to ${to}`,
    alt: (rows: number, cols: number, min: string, max: string) =>
      `Correlation heatmap, ${rows} rows by ${cols} columns; correlations range from ${min} to ${max}.`,
    altNone: (rows: number, cols: number) => `Correlation heatmap, ${rows} rows by ${cols} columns; no correlation could be computed.`,
    altMissing: (count: number) => (count === 1 ? '1 cell has no correlation.' : `${count} cells have no correlation.`),
    source: (index: string, edition: number) => `Source: ${index}, ${edition} edition; Pearson correlations.`,
    finding: (negative: number, total: number, row: string, column: string, r: string) =>
      `${negative} of ${total} correlations are negative; the strongest link is ${row} with ${column} (r = ${r})`,
    subtitle: (edition?: number) => `Pearson correlation (−1 to 1) over the countries with both values${edition === undefined ? '' : `, ${edition} edition`}; blue positive, vermillion negative`,
    sourceDefault: 'Source: policy-index.',
    note: 'Cells marked no data: fewer than the minimum number of countries with both values, or a constant indicator.',
  },
};

export type AuditStrings = typeof auditEn;
