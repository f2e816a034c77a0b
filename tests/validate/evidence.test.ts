/**
 * The evidence check on tests/fixtures/evidence: good/minimal with the evidence rules of
 * indicators/ (source-kinds.csv, evidence-rules.csv, answer-cues.csv), a 2018 reference date of
 * 2018-06-30 and thresholds staleYears 3, sharedSourceAnswers 3, and rows written so that each
 * flag appears (comments below give the reason for each line).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/project.js';
import { formatProblem } from '../../src/validate/format.js';
import { evidenceFlags } from '../../src/validate/evidence/flags.js';
import { statesPeriod } from '../../src/validate/evidence/period-marker.js';
import { datedAfter, referenceDate } from '../../src/validate/evidence/reference-date.js';
import { hostOf, kindOfHost } from '../../src/validate/evidence/source-kind.js';
import { lowerCue } from '../../src/validate/evidence/cues.js';
import type { SourceKindRow } from '../../src/schema/evidence.js';
import { cleanup, fixture, lines, run, tempCopy, TODAY } from '../cli/helpers.js';

const DIR = fixture('evidence');
const temps: string[] = [];
afterAll(async () => { for (const d of temps) await cleanup(d); });

describe('evidence flags on the fixture', () => {
  it('flags each answer exactly as its row was written to', async () => {
    const { dataset } = await loadProject(DIR, { today: TODAY });
    const got = evidenceFlags(dataset!).filter((e) => e.flags.length > 0)
      .map((e) => `${e.answer.at.file}:${e.answer.at.line} ${e.flags.map((f) => f.code + ('stated' in f && f.stated ? '(stated)' : '') + ('named' in f && f.named ? '(named)' : '')).join(' ')}`);
    expect(got).toEqual([
      'countries/COL.csv:6 stale', // unchanged "no" since 2018 on a 2015 source: 9 years > 3
      'countries/COL.csv:7 shared_source label_match', // one report behind 3 answers; "never reviewed" is the wording of "no"
      'countries/COL.csv:8 shared_source',
      'countries/COL.csv:9 shared_source',
      'countries/ECU.csv:2 contradiction', // ban yes while alternatives in practice no
      'countries/MEX.csv:3 after_reference', // 2019-03 after the 2018 reference date 2018-06-30, no marker
      'countries/MEX.csv:4 after_reference(stated)', // "As of June 2018"
      'countries/MEX.csv:5 undated no_url',
      'countries/MEX.csv:6 contradiction', // ban yes while alternatives in practice no (2024)
      'countries/MEX.csv:7 copied', // word for word line 3
      'countries/MEX.csv:8 weak_source', // docslib.org, not named
      'countries/MEX.csv:9 weak_source(named)', // "via a vdocuments copy"
    ]);
  });

  it('gives each answer the kinds of its source addresses', async () => {
    const { dataset } = await loadProject(DIR, { today: TODAY });
    const kinds = new Map(evidenceFlags(dataset!).map((e) => [`${e.answer.at.file}:${e.answer.at.line}`, e.kinds.join(',')]));
    expect(kinds.get('countries/MEX.csv:3')).toBe('monitor');
    expect(kinds.get('countries/MEX.csv:8')).toBe('document-sharing');
    expect(kinds.get('countries/MEX.csv:5')).toBe('');
    expect(kinds.get('countries/MEX.csv:4')).toBe('other');
  });

  it('validate warns on later sources, weak hosts, copied text and lower wording only, and --strict fails', async () => {
    const r = await run(['validate', DIR, '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(lines(r.err)).toEqual([
      'countries/COL.csv:7: warning: [justification] justification says "never reviewed", the wording of the lower answer "no" (indicators/answer-cues.csv): recheck the answer against the scale',
      'countries/MEX.csv:3: warning: [source_date] source dated 2019-03 is after the 2018 edition\'s reference date 2018-06-30 (cite a source from that time, or say in the justification that it describes the earlier period, e.g. "as of 2018")',
      'countries/MEX.csv:7: warning: [justification] justification is word for word the one of the 2018 edition (line 3) (say what the evidence shows for this edition)',
      'countries/MEX.csv:8: warning: [source_url] source address "docslib.org" is listed as weak (document-sharing, indicators/source-kinds.csv) and the answer has no other source: cite the original publisher, or name it as such in the sentence that names "docslib.org" (with a word such as "mirror", "copy", "via")',
      '0 error(s), 4 warning(s)',
    ]);
    const strict = await run(['validate', DIR, '--today', TODAY, '--strict']);
    expect(strict.code).toBe(1);
    expect(lines(strict.err).at(-1)).toBe('4 warning(s); --strict fails on warnings');
  });

  it('a project whose files have errors gets no evidence warnings (fix the errors first)', async () => {
    const dir = await tempCopy('evidence');
    temps.push(dir);
    await writeFile(join(dir, 'countries/ECU.csv'), 'indicator,edition,answer,scope,justification,source,source_url,source_date\njudicial_review,2018,maybe,,x,y,,\n');
    const { problems } = await loadProject(dir, { today: TODAY, evidence: true });
    expect(problems.map((p) => p.code)).toEqual(['unknown_code']);
  });
});

describe('evidence rules are validated with file and line', () => {
  it('an unknown indicator, an answer not on the scale, a bad weak value and an unknown cue scale are errors', async () => {
    const dir = await tempCopy('evidence');
    temps.push(dir);
    await writeFile(join(dir, 'indicators/evidence-rules.csv'), 'id,law,law_answers,practice,practice_answers,note\nr1,child_detention_bann,yes,alternatives_in_practice,no,x\nr2,child_detention_ban,yess,alternatives_in_practice,no|blank,x\n');
    await writeFile(join(dir, 'indicators/source-kinds.csv'), 'pattern,kind,weak,named_as,note\ndocslib.org,document-sharing,maybe,,\n');
    await writeFile(join(dir, 'indicators/answer-cues.csv'), 'scale,code,phrase\nthree_stepp,no,never\n');
    const { dataset, problems } = await loadProject(dir, { today: TODAY });
    expect(dataset).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      'indicators/answer-cues.csv:2: [scale] unknown scale "three_stepp" (expected a scale id from indicators/scales.csv); did you mean "three_step"?',
      'indicators/evidence-rules.csv:2: [law] unknown indicator "child_detention_bann" (expected one of the ids in indicators/indicators.csv); did you mean "child_detention_ban"?',
      'indicators/evidence-rules.csv:3: [law_answers] "yess" is not an answer of child_detention_ban (expected one of: no, yes, or blank for no evidence; separate several with |); did you mean "yes"?',
      'indicators/source-kinds.csv:2: [weak] "maybe" is not valid (expected one of: yes, no)',
    ]);
  });
});

describe('the pieces', () => {
  it('referenceDate is the methodology\'s date, else 31 December of the edition year', () => {
    expect(referenceDate({ editions: { 2018: { referenceDate: '2018-06-30' } } }, 2018)).toBe('2018-06-30');
    expect(referenceDate({ editions: {} }, 2024)).toBe('2024-12-31');
  });
  it('datedAfter counts a year or month from its first day', () => {
    expect(datedAfter('2018', '2018-12-31')).toBe(false);
    expect(datedAfter('2018-12', '2018-12-31')).toBe(false);
    expect(datedAfter('2019', '2018-12-31')).toBe(true);
    expect(datedAfter('2018-07', '2018-06-30')).toBe(true);
    expect(datedAfter('2018-06-30', '2018-06-30')).toBe(false);
  });
  it('statesPeriod needs a marker phrase followed by a year no later than the reference year', () => {
    expect(statesPeriod('As of 2018, the law allowed it.', 2018)).toBe(true);
    expect(statesPeriod('The report describes the situation in 2018.', 2018)).toBe(true);
    expect(statesPeriod('The maximum in force at the end of 2017 was 45 days.', 2018)).toBe(true);
    expect(statesPeriod('The source describes the provisions as of 2023.', 2018)).toBe(false);
    expect(statesPeriod('In 2018 the law allowed it.', 2018)).toBe(false);
    expect(statesPeriod(null, 2018)).toBe(false);
  });
  it('kindOfHost: first matching row; a plain pattern covers subdomains, * any run of characters', () => {
    const row = (pattern: string, kind: string): SourceKindRow => ({ pattern, kind, weak: false, named_as: [], note: null });
    const kinds = [row('docslib.org', 'document-sharing'), row('test.*', 'test-host'), row('*.test.*', 'test-host'), row('*.gob.*', 'government'), row('*', 'other')];
    expect(kindOfHost(hostOf('https://fr.docslib.org/doc/1')!, kinds)?.kind).toBe('document-sharing');
    expect(kindOfHost(hostOf('https://notdocslib.org/x')!, kinds)?.kind).toBe('other');
    expect(kindOfHost(hostOf('https://web.test.ohchr.un-icc.cloud/x')!, kinds)?.kind).toBe('test-host');
    expect(kindOfHost(hostOf('https://www.dof.gob.mx/x')!, kinds)?.kind).toBe('government');
    expect(hostOf('https://WWW.Example.org./a')).toBe('example.org');
    expect(hostOf('not a url')).toBeNull();
  });
  it('lowerCue finds a lower answer\'s phrase as whole words, not after a negation', () => {
    const options = [{ scale: 's', code: 'no', label: 'x', score: 0, guidance: null }, { scale: 's', code: 'partial', label: 'y', score: 50, guidance: null }];
    const cues = [{ scale: 's', code: 'no', phrase: 'widespread' }];
    expect(lowerCue('Failures are widespread.', 'partial', options, cues)).toEqual({ phrase: 'widespread', code: 'no' });
    expect(lowerCue('Failures are not widespread.', 'partial', options, cues)).toBeNull();
    expect(lowerCue('Failures are unwidespreadish.', 'partial', options, cues)).toBeNull();
    expect(lowerCue('Failures are widespread.', 'no', options, cues)).toBeNull();
  });
});

describe('policy-index evidence', () => {
  it('prints the figures and the flags per country; --strict exits 1', async () => {
    const r = await run(['evidence', DIR, '--format', 'csv', '--by', 'country']);
    expect(r.code).toBe(0);
    expect(lines(r.out)).toEqual([
      'iso3,country,answers,flagged,share,after_reference,undated,no_url,shared_source,weak_source,contradiction,stale,copied,label_match',
      'COL,Colombia,8,4,50,0,0,0,3,0,0,1,0,1',
      'ECU,Ecuador,7,1,14,0,0,0,0,0,1,0,0,0',
      'MEX,Mexico,8,5,63,1,1,1,0,1,1,0,1,0',
    ]);
    expect((await run(['evidence', DIR, '--strict', '--country', 'ECU', '--edition', '2024'])).code).toBe(0);
    const strict = await run(['evidence', DIR, '--strict', '--country', 'mex']);
    expect(strict.code).toBe(1);
    expect(lines(strict.err)).toEqual(['5 answer(s) flagged; --strict fails on any flag']);
  });
  it('--by answer lists every flag with its place and message', async () => {
    const r = await run(['evidence', DIR, '--by', 'answer', '--format', 'json', '--country', 'MEX', '--edition', '2018']);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows.map((x) => `${x.where} ${x.flag}`)).toEqual(['countries/MEX.csv:3 after_reference', 'countries/MEX.csv:5 undated', 'countries/MEX.csv:5 no_url']);
    expect(rows[1]!.message).toBe('source has no date (fill in source_date as YYYY, YYYY-MM or YYYY-MM-DD)');
  });
  it('figures: issue 16\'s measures for the fixture', async () => {
    const r = await run(['evidence', DIR, '--by', 'figures', '--format', 'json']);
    const rows = new Map((JSON.parse(r.out) as { figure: string; answers: number }[]).map((x) => [x.figure, x.answers]));
    expect(rows.get('answers checked')).toBe(23);
    expect(rows.get('source dated after the edition year + 1')).toBe(0);
    expect(rows.get('2018 answers citing a source dated after 2018-06-30')).toBe(2);
    expect(rows.get('… of which the justification says it describes 2018')).toBe(1);
    expect(rows.get('answers citing a weak host (indicators/source-kinds.csv)')).toBe(2);
    expect(rows.get('answers citing only weak hosts')).toBe(2);
  });
  it('an unknown country is bad usage', async () => {
    const r = await run(['evidence', DIR, '--country', 'XXX']);
    expect(r.code).toBe(2);
  });
});
