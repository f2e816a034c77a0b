import type { Dataset } from '../schema/dataset.js';
import type { Indicator } from '../schema/indicator.js';
import type { Imputation } from '../schema/methodology.js';
import { imputeColumn } from './impute.js';
import { worstValue } from './worst-value.js';

/** imputeColumn for one indicator's column, with the indicator's worst value for `lowest`. */
export function imputeIndicator(dataset: Pick<Dataset, 'scales'>, indicator: Indicator, column: readonly (number | null | undefined)[], imputation: Imputation, groups: readonly (string | null)[]): ReturnType<typeof imputeColumn> {
  const worst = imputation.method === 'lowest' ? worstValue(indicator, dataset.scales[indicator.scale ?? ''] ?? [], column) : null;
  return imputeColumn(column, imputation, groups, worst);
}
