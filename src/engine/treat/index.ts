export { kurtosis } from './kurtosis.js';
export { logCT } from './log-ct.js';
export { passes, type Thresholds } from './passes.js';
export { skew } from './skew.js';
export { treatColumn, type TreatmentRecord } from './treat-column.js';
export { winsorise } from './winsorise.js';
export { treatmentOf } from './treatment-of.js';
