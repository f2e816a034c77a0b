import { message, type MessageCode } from '../../problems/messages.js';
import type { Problem } from '../../problems/problem.js';
import { isProblem, type AnswerEvidence, type EvidenceFlag } from './flags.js';

/** The evidence flags that `validate` reports as warnings (and `validate --strict` fails on). */
export const warnedFlags: ReadonlySet<EvidenceFlag['code']> = new Set(['after_reference', 'weak_source', 'copied', 'label_match']);

/** A flag in the message catalogue's words. */
export function flagMessage(f: EvidenceFlag, edition: number): string {
  const { code, ...params } = f;
  return message(`evidence_${code}` as MessageCode, { edition, ...params } as never);
}

const columnOf: Record<EvidenceFlag['code'], string> = {
  after_reference: 'source_date', undated: 'source_date', no_url: 'source_url', shared_source: 'source', weak_source: 'source_url',
  contradiction: 'answer', stale: 'source_date', copied: 'justification', label_match: 'justification',
};
const valueOf = (e: AnswerEvidence, f: EvidenceFlag): string =>
  f.code === 'after_reference' || f.code === 'stale' ? f.sourceDate : f.code === 'weak_source' ? f.host : f.code === 'label_match' ? f.phrase
    : f.code === 'contradiction' ? f.lawAnswer : e.answer.value.kind === 'code' ? e.answer.value.code : '';

/** Evidence flags as problems at the answer's file and line; `only` limits them to some codes. */
export function evidenceProblems(evidence: readonly AnswerEvidence[], only: ReadonlySet<EvidenceFlag['code']> = warnedFlags): Problem[] {
  const out: Problem[] = [];
  for (const e of evidence) for (const f of e.flags) {
    if (!isProblem(f) || !only.has(f.code)) continue;
    out.push({
      code: `evidence_${f.code}`, severity: 'warning', file: e.answer.at.file, line: e.answer.at.line,
      column: columnOf[f.code], value: valueOf(e, f), message: flagMessage(f, e.answer.edition),
    });
  }
  return out;
}
