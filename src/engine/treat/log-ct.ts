/**
 * The COIN Tool log transform as modified by COINr (`log_CT`): x' = ln(x − min + 0.01·(max − min)),
 * min and max over the values present. Keeps the order of the values and turns a long right
 * tail into a short one. A constant column (max = min) is returned unchanged.
 * @example logCT([0, 1, 100]) // [0, 0.6931471805599453 (= ln 2), 4.61512051684126 (= ln 101)]
 */
export function logCT(values: readonly number[]): number[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max === min) return [...values];
  const a = 0.01 * (max - min);
  return values.map((v) => Math.log(v - min + a));
}
