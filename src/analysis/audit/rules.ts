/**
 * The thresholds of the statistical audit, as one value (so a report can print them and a test
 * can pin them). Every flag compares with `<` or `≥` exactly as written here.
 *
 * Indicators (r = Pearson's r with the parent dimension, pairwise-complete):
 * - `sparse`: fewer than `minCountries` (3) countries have a value, so no correlation is defined.
 * - `constant`: at least 3 values, all equal: zero variance, correlations undefined (it cannot
 *   tell countries apart). Sparse and constant indicators are left out of alpha and PCA.
 * - `negative`: r < `negativeBelow` (0): the indicator moves against the dimension it is meant to
 *   measure (a direction error, a scale written the wrong way round, or a genuine trade-off).
 * - `dominant`: r ≥ `dominantFrom` (0.9, so r² ≥ 0.81: it alone accounts for over 80% of the
 *   dimension's variance in a linear fit) while every other indicator of the same dimension with a
 *   correlation has r < `weakBelow` (0.5, r² < 0.25): the dimension is in effect that one
 *   indicator. Needs at least one other indicator with a correlation; a dimension where all
 *   indicators correlate strongly is coherent, not dominated.
 *
 * Dimensions (items = the dimension's indicators, at any depth, that are neither sparse nor constant):
 * - `lowAlpha`: Cronbach's alpha < `alphaBelow` (0.7), the rule of thumb for acceptable internal
 *   consistency (Nunnally 1978, "Psychometric Theory"; as used in the OECD/JRC "Handbook on
 *   Constructing Composite Indicators" 2008, step 4, Cronbach coefficient alpha).
 * - `weakFirstComponent`: with at least 2 items, the first principal component explains less
 *   than `firstShareBelow` (50%) of the items' variance: the items do not share one main
 *   direction, so the dimension may mix several concepts.
 * - `pcaUndefined`: with at least 2 items, no PCA is possible: fewer than 3 countries have a value
 *   in every item, or an item does not vary over those countries (alpha, if defined, then rests
 *   on the same few countries and says little).
 */
export const AUDIT_RULES = {
  minCountries: 3,
  negativeBelow: 0,
  dominantFrom: 0.9,
  weakBelow: 0.5,
  alphaBelow: 0.7,
  firstShareBelow: 0.5,
} as const;
