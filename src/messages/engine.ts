/**
 * Every message the engine (src/engine/) and the sensitivity analysis throw about a method that
 * cannot run on the data. Lower case, name the node or indicator, say the fix.
 */
const q = (v: string) => JSON.stringify(v);

export const engineText = {
  negativeMean: (method: string, node: string) =>
    `the ${method} mean of ${q(node)} is undefined because a score below zero reaches it (use a normaliser whose scores are not negative, e.g. minmax to [1, 100])`,
  copelandOneUnit: () =>
    'copeland compares countries with each other, so it has no value for one country alone (aggregate every country of an edition together: buildIndex or aggregateCountries)',
  sensitivityNegativeMean: (node: string, normaliser: string) =>
    `sensitivity: a mean of ${q(node)} meets a score below zero under the normaliser ${q(normaliser)} (pair the geometric, harmonic and generalised means with a normaliser whose scores are not negative, e.g. minmax to [1, 100])`,
} as const;
