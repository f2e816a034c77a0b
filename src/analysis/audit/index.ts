// The statistical audit: correlations, Cronbach's alpha and PCA per dimension, flags, tables, page.
export { auditIndex, type Audit, type IndicatorAudit, type DimensionAudit, type DimensionPca, type IndicatorFlag, type DimensionFlag } from './audit.js';
export { AUDIT_RULES } from './rules.js';
export { auditTables, indicatorTable, dimensionTable, matrixTable, treatmentTable, type AuditTables } from './tables.js';
export { treatmentAudit, treatmentOutcome, type TreatmentAudit, type TreatmentOutcome } from './treatment.js';
export { auditTreatmentEn, auditTreatmentStrings, type AuditTreatmentStrings } from './treatment-strings.js';
export { correlationChart, correlationBin, CORRELATION_EDGES, type CorrelationGrid, type CorrelationChartOptions } from './correlation-chart.js';
export { auditCharts, auditPage, flagSentences, AUDIT_CHART_IDS, type AuditPageOptions } from './page.js';
export { auditEn, auditStrings, type AuditStrings } from './strings.js';
