import type { Answer, Dataset } from '../../schema/dataset.js';
import type { EvidenceFramework, SourceKindRow } from '../../schema/evidence.js';
import { lowerCue } from './cues.js';
import { statesPeriod } from './period-marker.js';
import { datedAfter, referenceDate } from './reference-date.js';
import { hostOf, kindOfHost, namedAs } from './source-kind.js';

/**
 * What a reviewer should know about one answer's evidence. `stated` (a later source whose
 * justification says it describes the edition's period) and `named` (a weak host the answer
 * names as such) are shown but are not problems.
 */
export type EvidenceFlag =
  | { code: 'after_reference'; sourceDate: string; referenceDate: string; stated: boolean }
  | { code: 'undated' }
  | { code: 'no_url' }
  | { code: 'shared_source'; source: string; answers: number }
  | { code: 'weak_source'; host: string; kind: string; named: boolean; only: boolean; words: string[] }
  | { code: 'contradiction'; rule: string; law: string; lawAnswer: string; practice: string; practiceAnswer: string; note: string }
  | { code: 'stale'; previous: number; sourceDate: string; years: number }
  | { code: 'copied'; edition: number; line: number | undefined }
  | { code: 'label_match'; phrase: string; lower: string };

export type FlagCode = EvidenceFlag['code'];
export const flagCodes: readonly FlagCode[] = ['after_reference', 'undated', 'no_url', 'shared_source', 'weak_source', 'contradiction', 'stale', 'copied', 'label_match'];

/** Whether a flag is a problem (a reviewer must look), not just information. */
export const isProblem = (f: EvidenceFlag): boolean =>
  !(f.code === 'after_reference' && f.stated) && !(f.code === 'weak_source' && f.named);

export interface AnswerEvidence {
  answer: Answer;
  /** The edition's reference date (YYYY-MM-DD). */
  referenceDate: string;
  /** Kinds of the source's addresses (indicators/source-kinds.csv), in order, without repeats. */
  kinds: string[];
  flags: EvidenceFlag[];
}

const answered = (a: Answer) => a.value.kind === 'code' || a.value.kind === 'number';
const valueKey = (a: Answer) => (a.value.kind === 'code' ? `c:${a.value.code}` : a.value.kind === 'number' ? `n:${a.value.value}` : a.value.kind) + `:${a.scope}`;
const sameText = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
/** The key a source is counted by: its first web address (without fragment or trailing /), else its text. */
const sourceKey = (a: Answer) => (a.sourceUrls[0]?.replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase() ?? sameText(a.source));
const tokenOf = (a: Answer | undefined) => (!a || a.value.kind === 'missing' ? 'blank' : a.value.kind === 'na' ? 'na' : a.value.kind === 'code' ? a.value.code : String(a.value.value));

/**
 * Every answered cell of the dataset with its evidence flags, in file and line order. Pure; the
 * rules and thresholds come from the dataset (indicators/ and the methodology).
 */
export function evidenceFlags(dataset: Dataset): AnswerEvidence[] {
  const framework: EvidenceFramework = dataset.evidence ?? { sourceKinds: [], rules: [], cues: [] };
  const { staleYears, sharedSourceAnswers } = dataset.methodology.evidence;
  // country → indicator → edition → answer, so that a lookup builds no key string
  const byCell = new Map<string, Map<string, Map<number, Answer>>>();
  for (const a of dataset.answers) {
    let country = byCell.get(a.country);
    if (!country) byCell.set(a.country, (country = new Map()));
    let indicator = country.get(a.indicator);
    if (!indicator) country.set(a.indicator, (indicator = new Map()));
    indicator.set(a.edition, a);
  }
  const cell = (country: string, indicator: string, edition: number) => byCell.get(country)?.get(indicator)?.get(edition);
  const sourceKeys = new Map<Answer, string>();
  const shared = new Map<string, number>();
  for (const a of dataset.answers) if (answered(a)) {
    const k = `${a.country}\u0000${a.edition}\u0000${sourceKey(a)}`;
    sourceKeys.set(a, k);
    shared.set(k, (shared.get(k) ?? 0) + 1);
  }
  // each justification normalised once, each host's kind looked up once
  const texts = new Map<Answer, string>();
  const textOf = (a: Answer) => {
    let t = texts.get(a);
    if (t === undefined) texts.set(a, (t = sameText(a.justification)));
    return t;
  };
  const hostKinds = new Map<string, SourceKindRow | null>();
  const kindOf = (host: string) => {
    let row = hostKinds.get(host);
    if (row === undefined) hostKinds.set(host, (row = kindOfHost(host, framework.sourceKinds)));
    return row;
  };
  const refs = new Map<number, string>();
  const previousEditions = new Map<number, number[]>(dataset.editions.map((e) => [e, dataset.editions.filter((x) => x < e).reverse()]));
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const out: AnswerEvidence[] = [];
  for (const a of dataset.answers) {
    if (!answered(a)) continue;
    let ref = refs.get(a.edition);
    if (ref === undefined) refs.set(a.edition, (ref = referenceDate(dataset.methodology, a.edition)));
    const flags: EvidenceFlag[] = [];
    if (a.sourceDate === null) flags.push({ code: 'undated' });
    else if (datedAfter(a.sourceDate, ref)) flags.push({ code: 'after_reference', sourceDate: a.sourceDate, referenceDate: ref, stated: statesPeriod(a.justification, Number(ref.slice(0, 4))) });
    if (a.sourceUrls.length === 0) flags.push({ code: 'no_url' });
    const n = shared.get(sourceKeys.get(a)!) ?? 0;
    if (n >= sharedSourceAnswers) flags.push({ code: 'shared_source', source: a.sourceUrls[0] ?? a.source ?? '', answers: n });
    const kinds: string[] = [];
    const weak: { host: string; kind: string; named: boolean; words: string[] }[] = [];
    for (const [at, url] of a.sourceUrls.entries()) {
      const host = hostOf(url);
      const row = host === null ? null : kindOf(host);
      if (!row || host === null) continue;
      if (!kinds.includes(row.kind)) kinds.push(row.kind);
      if (row.weak) weak.push({ host, kind: row.kind, named: namedAs(row, { source: a.source, justification: a.justification, urls: a.sourceUrls }, at, host), words: row.named_as });
    }
    for (const w of weak) flags.push({ code: 'weak_source', ...w, only: weak.length === a.sourceUrls.length });
    for (const rule of framework.rules) {
      const law = cell(a.country, rule.law, a.edition);
      const practice = cell(a.country, rule.practice, a.edition);
      const owner = law && answered(law) ? law : practice;
      if (owner !== a || !rule.law_answers.includes(tokenOf(law)) || !rule.practice_answers.includes(tokenOf(practice))) continue;
      flags.push({ code: 'contradiction', rule: rule.id, law: rule.law, lawAnswer: tokenOf(law), practice: rule.practice, practiceAnswer: tokenOf(practice), note: rule.note });
    }
    const before = previousEditions.get(a.edition)!.map((e) => cell(a.country, a.indicator, e)).find((p) => p && answered(p));
    if (before && valueKey(before) === valueKey(a) && a.sourceDate !== null) {
      const years = Number(ref.slice(0, 4)) - Number(a.sourceDate.slice(0, 4));
      if (years > staleYears) flags.push({ code: 'stale', previous: before.edition, sourceDate: a.sourceDate, years });
    }
    for (const e of dataset.editions) {
      if (e >= a.edition) break;
      const other = cell(a.country, a.indicator, e);
      if (other && answered(other) && a.justification && textOf(other) === textOf(a)) {
        flags.push({ code: 'copied', edition: e, line: other.at.line });
      }
    }
    const indicator = indicators.get(a.indicator);
    if (a.value.kind === 'code' && indicator?.scale) {
      const cue = lowerCue(a.justification, a.value.code, dataset.scales[indicator.scale] ?? [], framework.cues);
      if (cue) flags.push({ code: 'label_match', phrase: cue.phrase, lower: cue.code });
    }
    out.push({ answer: a, referenceDate: ref, kinds, flags });
  }
  return out;
}
