import { z } from 'zod';
import { Id, OptionalText, Text } from './common.js';

const YesNo = z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(['yes', 'no']));
/** `a|b|c` → ['a', 'b', 'c'] (blank items dropped). */
const List = (item: z.ZodType<string>) => z.preprocess(
  (v) => (typeof v === 'string' ? v.split('|').map((s) => s.trim()).filter((s) => s !== '') : v),
  z.array(item).min(1, 'at least one item (several separated by |)'),
);
const OptionalList = z.preprocess(
  (v) => (typeof v === 'string' ? v.split('|').map((s) => s.trim().toLowerCase()).filter((s) => s !== '') : []),
  z.array(z.string()),
);

/**
 * A host pattern: lower-case letters, digits, `-`, `.` and `*`. Matched against the host of a
 * source URL without a leading `www.`; `*` stands for any run of characters (dots included); a
 * pattern without `*` also matches every subdomain (`docslib.org` matches `fr.docslib.org`).
 */
export const HostPattern = z.string().trim().toLowerCase().regex(/^[a-z0-9*][a-z0-9*.-]*$/, 'a host such as docslib.org, or a pattern with * such as test.* or *.blogspot.com');

/** A kind of source: lower-case words joined by `-` (e.g. `document-sharing`). */
export const SourceKindName = z.string().trim().regex(/^[a-z][a-z0-9-]*$/, 'a kind of lower-case words joined by - (e.g. document-sharing)');

/**
 * A row of indicators/source-kinds.csv: which kind of source a host is, and whether that kind is
 * weak evidence. `named_as`: words (separated by |) that, found in the sentence of the answer's source or
 * justification that names the host (or in the address's own citation), show that the researcher
 * knows the address is e.g. a mirror.
 */
export const SourceKindRow = z.object({
  pattern: HostPattern,
  kind: SourceKindName,
  weak: YesNo.transform((v) => v === 'yes'),
  named_as: OptionalList,
  note: OptionalText,
});
export type SourceKindRow = z.infer<typeof SourceKindRow>;
export const sourceKindColumns = ['pattern', 'kind', 'weak', 'named_as', 'note'] as const;

/** An answer token of a rule: a scale code, or `blank` (no evidence: no row or an empty answer). */
const AnswerToken = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'scale codes or blank, separated by |');

/**
 * A row of indicators/evidence-rules.csv: a law-versus-practice (or law-versus-law) rule. It
 * flags a country's edition when `law` is answered one of `law_answers` while `practice` is one
 * of `practice_answers` (`blank` = no evidence).
 */
export const EvidenceRuleRow = z.object({
  id: Id,
  law: Id,
  law_answers: List(AnswerToken),
  practice: Id,
  practice_answers: List(AnswerToken),
  note: Text,
});
export type EvidenceRuleRow = z.infer<typeof EvidenceRuleRow>;
export const evidenceRuleColumns = ['id', 'law', 'law_answers', 'practice', 'practice_answers', 'note'] as const;

/**
 * A row of indicators/answer-cues.csv: a phrase that belongs to one answer of a scale (taken from
 * or paraphrasing its label). A justification of a higher answer that uses it is flagged.
 */
export const AnswerCueRow = z.object({
  scale: Id,
  code: z.string().trim().min(1, 'a code of the scale'),
  phrase: z.string().trim().toLowerCase().min(3, 'a phrase of at least three characters'),
});
export type AnswerCueRow = z.infer<typeof AnswerCueRow>;
export const answerCueColumns = ['scale', 'code', 'phrase'] as const;

/** The evidence rules of a project, once validated (absent files = empty lists). */
export interface EvidenceFramework {
  sourceKinds: SourceKindRow[];
  rules: EvidenceRuleRow[];
  cues: AnswerCueRow[];
}
