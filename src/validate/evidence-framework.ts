import type { CsvTable } from '../io/csv.js';
import { paths } from '../io/project.js';
import { AnswerCueRow, EvidenceRuleRow, SourceKindRow, type EvidenceFramework } from '../schema/evidence.js';
import type { Indicator } from '../schema/indicator.js';
import type { ScaleOption } from '../schema/scale.js';
import { unique } from './framework.js';
import { message } from '../problems/messages.js';
import type { Problem } from '../problems/problem.js';
import { parseRows } from './rows.js';
import { suggest } from '../problems/suggest.js';

/**
 * Checks the evidence rules (indicators/source-kinds.csv, evidence-rules.csv, answer-cues.csv)
 * on their own and against the framework: every indicator, scale and code they name must exist.
 * Absent files give empty lists.
 */
export function validateEvidenceFramework(
  files: { sourceKinds?: CsvTable | null; evidenceRules?: CsvTable | null; answerCues?: CsvTable | null },
  indicators: readonly Indicator[],
  scales: Record<string, ScaleOption[]>,
): { evidence: EvidenceFramework; problems: Problem[] } {
  const problems: Problem[] = [];
  const none = { rows: [], failed: [], problems: [] };
  const kinds = files.sourceKinds ? parseRows(files.sourceKinds, SourceKindRow) : none;
  const rules = files.evidenceRules ? parseRows(files.evidenceRules, EvidenceRuleRow) : none;
  const cues = files.answerCues ? parseRows(files.answerCues, AnswerCueRow) : none;
  problems.push(...kinds.problems, ...rules.problems, ...cues.problems);
  const err = (file: string, line: number, column: string, value: string, code: Problem['code'], text: string) =>
    problems.push({ code, severity: 'error', file, line, column, value, message: text });

  const byId = new Map(indicators.map((i) => [i.id, i]));
  const codesOf = (indicator: Indicator) => (scales[indicator.scale ?? ''] ?? []).map((o) => o.code);
  const okRules = unique(rules.rows, (r) => r.id, paths.evidenceRules, problems).filter(({ line, row }) => {
    let ok = true;
    for (const side of ['law', 'practice'] as const) {
      const id = row[side];
      const indicator = byId.get(id);
      if (!indicator) {
        err(paths.evidenceRules, line, side, id, 'unknown_indicator', message('unknown_indicator', { indicator: id, suggestion: suggest(id, byId.keys()) }));
        ok = false;
        continue;
      }
      const codes = codesOf(indicator);
      for (const token of row[`${side}_answers`]) {
        if (token === 'blank' || token === 'na' || codes.includes(token)) continue;
        err(paths.evidenceRules, line, `${side}_answers`, token, 'rule_code', message('rule_code', { code: token, indicator: id, codes, suggestion: suggest(token, codes) }));
        ok = false;
      }
    }
    return ok;
  });
  const okCues = cues.rows.filter(({ line, row }) => {
    const options = scales[row.scale];
    if (!options) {
      err(paths.answerCues, line, 'scale', row.scale, 'unknown_scale', message('unknown_scale', { scale: row.scale, suggestion: suggest(row.scale, Object.keys(scales)) }));
      return false;
    }
    const codes = options.map((o) => o.code);
    if (codes.includes(row.code)) return true;
    err(paths.answerCues, line, 'code', row.code, 'rule_code', message('rule_code', { code: row.code, indicator: row.scale, codes, suggestion: suggest(row.code, codes) }));
    return false;
  });
  const okKinds = unique(kinds.rows, (k) => k.pattern, paths.sourceKinds, problems, 'pattern');
  return { evidence: { sourceKinds: okKinds.map((k) => k.row), rules: okRules.map((r) => r.row), cues: okCues.map((c) => c.row) }, problems };
}
