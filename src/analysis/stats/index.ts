// Statistics for the analysis stage: descriptive, correlation, reliability, PCA, sensitivity.
export type { Column } from './types.js';
export { present, isPresent } from './present.js';
export { mean } from './mean.js';
export { variance } from './variance.js';
export { quantile } from './quantile.js';
export { median } from './median.js';
export { averageRanks } from './average-ranks.js';
export { completePairs } from './complete-pairs.js';
export { completeRows } from './complete-rows.js';
export { pearson, pearsonComplete } from './pearson.js';
export { spearman } from './spearman.js';
export { correlationMatrix, type CorrelationOptions } from './correlation-matrix.js';
export { cronbachAlpha } from './cronbach-alpha.js';
export { symmetricEigen, type Eigen } from './symmetric-eigen.js';
export { pca, type PcaOptions, type PcaResult } from './pca.js';
export { createRng, type Rng } from './rng.js';
export { saltelliDesign, abMatrix, type SaltelliDesign } from './saltelli-design.js';
export { sobolIndices, type SobolOutputs, type SobolIndices } from './sobol.js';
