import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditIndex, auditPage, auditStrings, auditTables, auditTreatmentEn, auditTreatmentStrings, treatmentOutcome, treatmentTable } from '../../../src/analysis/audit/index.js';
import { languages } from '../../../src/messages/languages.js';
import type { TreatmentRecord } from '../../../src/engine/treat/index.js';
import { toText } from '../../../src/report/format/text.js';
import { buildFixture } from '../../engine/fixture.js';

/** Printed by: python3 tests/reference/audit/treatment_reference.py (the definitions of tests/reference/engine/treat_reference.py on the raw columns of tests/fixtures/engine/asem). */
const reference = JSON.parse(readFileSync(new URL('../../reference/audit/treatment.json', import.meta.url), 'utf8')) as Record<string, TreatmentRecord>;

const TREATED = { treat: { numeric: { method: 'winsorise' }, byIndicator: { tbts: { method: 'log' } } } } as const;

const record = (over: Partial<TreatmentRecord>): TreatmentRecord => ({
  skewBefore: 3, kurtosisBefore: 9, skewAfter: 1, kurtosisAfter: 2, winsorisedHigh: 0, winsorisedLow: 0, log: false, passes: true, ...over,
});

describe('treatmentOutcome', () => {
  it('names what happened: none set, log, winsorised, checked and left, still failing', () => {
    expect(treatmentOutcome(null)).toBe('none');
    expect(treatmentOutcome(record({ log: true, passes: false }))).toBe('log');
    expect(treatmentOutcome(record({ winsorisedLow: 1 }))).toBe('winsorised');
    expect(treatmentOutcome(record({}))).toBe('passed');
    expect(treatmentOutcome(record({ passes: false }))).toBe('failed');
  });
});

describe('the audit lists what outlier treatment did to each indicator', () => {
  it('winsorise for every numeric indicator, log for tbts: every indicator has a row, statistics as the python reference', async () => {
    const audit = auditIndex(await buildFixture('asem', TREATED as never));
    const table = treatmentTable(audit)!;
    expect(table.rows.map((r) => r[0])).toEqual(['tariff', 'tbts', 'rtas', 'poverty', 'palma', 'tert_grad']);
    const byId = new Map(table.rows.map((r) => [r[0], r]));
    for (const id of ['tariff', 'rtas', 'poverty', 'palma', 'tert_grad', 'tbts']) {
      const want = reference[id === 'tbts' ? 'tbts (log)' : id]!;
      const row = byId.get(id)!;
      expect(row[1], id).toBe(auditTreatmentEn.outcome[id === 'tbts' ? 'log' : want.winsorisedHigh + want.winsorisedLow > 0 ? 'winsorised' : 'passed']);
      [want.skewBefore, want.kurtosisBefore, want.skewAfter, want.kurtosisAfter].forEach((v, k) => expect(row[2 + k] as number, `${id} statistic ${k}`).toBeCloseTo(v!, 9));
      expect(row.slice(6), id).toEqual([want.winsorisedHigh, want.winsorisedLow, want.passes ? 'yes' : 'no']);
    }
    expect(byId.get('poverty')!.slice(1, 2)).toEqual(['winsorised']);
    expect(byId.get('poverty')![6]).toBe(1);
  });

  it('reads as pinned (titles, columns, rounding)', async () => {
    const audit = auditIndex(await buildFixture('asem', TREATED as never));
    expect(toText(treatmentTable(audit)!)).toMatchSnapshot();
  });

  it('an indicator exempted with method none is listed as "none set" with no statistics', async () => {
    const audit = auditIndex(await buildFixture('asem', { treat: { numeric: { method: 'winsorise' }, byIndicator: { palma: { method: 'none' } } } } as never));
    const row = treatmentTable(audit)!.rows.find((r) => r[0] === 'palma')!;
    expect(row).toEqual(['palma', 'none set', null, null, null, null, null, null, null]);
  });

  it('without treatment the audit has no treatment table and the page no such section', async () => {
    const audit = auditIndex(await buildFixture('asem'));
    expect(audit.treatment).toBeNull();
    expect(auditTables(audit).treatment).toBeNull();
    expect(auditPage(audit, { root: '', chartBase: '' })).not.toContain(auditTreatmentEn.heading);
  });

  it('with treatment the page shows the section and its table', async () => {
    const page = auditPage(auditIndex(await buildFixture('asem', TREATED as never)), { root: '', chartBase: '' });
    expect(page).toContain(`<h2>${auditTreatmentEn.heading}</h2>`);
    expect(page).toContain(auditTreatmentEn.col.kurtosisBefore);
    expect(page).toContain(auditTreatmentEn.outcome.winsorised);
  });

  it.each(['fr', 'es', 'ar'])('in %s the section speaks the language: no English word of the table is left', async (code) => {
    const l = languages[code]!;
    const ts = auditTreatmentStrings(l.strings);
    const audit = auditIndex(await buildFixture('asem', TREATED as never));
    const page = auditPage(audit, { root: '', chartBase: '', strings: auditStrings(l.strings, l.locale), treatmentStrings: ts, lang: l.locale, dir: l.dir });
    expect(page).toContain(`<h2>${ts.heading}</h2>`);
    expect(page).toContain(ts.outcome.winsorised);
    const english = [auditTreatmentEn.heading, auditTreatmentEn.intro, ...Object.values(auditTreatmentEn.col).filter((w) => w !== 'Indicator'), auditTreatmentEn.notes.rule, auditTreatmentEn.title(audit.edition)];
    expect(english.filter((w) => page.includes(w))).toEqual([]);
  });
});
