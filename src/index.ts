/**
 * policy-index: the public API, by stage. Data flows one way:
 * files → validated dataset → scores → analysis → reports.
 */

// files and formats
export * from './schema/index.js';
export type { Dataset, Answer, AnswerValue, Location } from './schema/dataset.js';
export { readProject, type ProjectFiles } from './io/project.js';
export { parseCsv, type CsvTable, type CsvRow } from './io/csv.js';
export { writeFileAtomic } from './io/write.js';
export { writeDirAtomic } from './io/write-dir.js';

// validation
export { loadProject } from './project.js';
export { validateProject, type ValidateOptions } from './validate/project.js';
export type { Problem } from './problems/problem.js';
export { formatProblem, formatProblems } from './validate/format.js';
export { messages, message, type MessageCode } from './problems/messages.js';

// scores
export { buildIndex, scoreEdition, coverageOf } from './engine/build-index.js';
export { buildHierarchy } from './engine/hierarchy.js';
export { normalise } from './engine/normalise/index.js';
export { aggregate, copeland } from './engine/aggregate/index.js';
export { aggregateCountries } from './engine/aggregate-tree.js';
export { imputeColumn } from './engine/impute.js';
export { competitionRank } from './engine/rank.js';
export { bandOf } from './engine/bands.js';
export { scoreCategorical } from './engine/score-answer.js';
export type { IndexResult, EditionResult, CountryResult, Hierarchy, HierarchyNode, Coverage } from './engine/types.js';

// analysis
export { coverageTables } from './analysis/coverage.js';
export { evidenceFlags, isProblem, type AnswerEvidence, type EvidenceFlag } from './validate/evidence/flags.js';
export { evidenceTables } from './analysis/evidence/tables.js';
export { evidenceFigures } from './analysis/evidence/summary.js';

// reports
export { rankingTable } from './report/tables/ranking.js';
export { scorecard, type Scorecard } from './report/model/scorecard.js';
export { buildReport, type ReportOptions } from './report/build-report.js';
export { toCsv, csvField } from './report/format/csv.js';
export { toMarkdown } from './report/format/markdown.js';
export { toJson } from './report/format/json.js';
export { languages } from './messages/languages.js';
