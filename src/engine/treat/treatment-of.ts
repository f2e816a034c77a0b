import type { Methodology, Treatment } from '../../schema/methodology.js';

/**
 * The outlier treatment of one indicator: its own entry in `treat.byIndicator`, else
 * `treat.numeric` for a numeric indicator, else none (categorical scores are not treated).
 * @example treatmentOf({ id: 'gdp', type: 'numeric' }, Methodology.parse({})) // { method: 'none' }
 */
export function treatmentOf(indicator: { id: string; type: string }, methodology: Methodology): Treatment {
  return methodology.treat.byIndicator[indicator.id]
    ?? (indicator.type === 'numeric' ? methodology.treat.numeric : { method: 'none' });
}
