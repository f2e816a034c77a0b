/**
 * A column of observations, one per country. `null` is a missing value (a blank CSV cell),
 * never zero. Functions that take a `Column` say what they do with the nulls.
 */
export type Column = readonly (number | null)[];
