import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kurtosis, logCT, passes, skew, treatColumn, winsorise } from '../../src/engine/treat/index.js';
import { validateMethodology } from '../../src/validate/methodology.js';
import { buildFixture, country } from './fixture.js';

const DEFAULT = { method: 'winsorise', winmax: 5, skew: 2, kurtosis: 3.5, log: true } as const;
const COINR_EXAMPLE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]; // COINr's Treat() help example: 1:10 plus two outliers

describe('skew and kurtosis (type 2; values from python3: tests/reference/engine/treat_reference.py formulas)', () => {
  it('skew and kurtosis of COINr\'s example column', () => {
    expect(skew(COINR_EXAMPLE)).toBeCloseTo(3.0632410342394985, 12);
    expect(kurtosis(COINR_EXAMPLE)).toBeCloseTo(9.74139083456914, 12);
  });
  it('a symmetric column has skew 0; too few values or a constant column have none', () => {
    expect(skew([1, 2, 3, 4, 5])).toBeCloseTo(0, 14);
    expect(skew([1, 2])).toBeNull();
    expect(kurtosis([1, 2, 3])).toBeNull();
    expect(skew([4, 4, 4, 4])).toBeNull();
    expect(passes([4, 4, 4, 4], { skew: 2, kurtosis: 3.5 })).toBe(true);
  });
});

// 1…20 and three far outliers: needs three points winsorised (values by the python reference's treat()).
const THREE_OUTLIERS = [...Array.from({ length: 20 }, (_, i) => i + 1), 500, 1000, 2000];

describe('winsorise and logCT', () => {
  it('winsorise brings the 100 of COINr\'s example in to 30 (one point, high side) and then passes', () => {
    const w = winsorise(COINR_EXAMPLE, 5, { skew: 2, kurtosis: 3.5 });
    expect(w.values).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30]);
    expect(w.high).toEqual([11]);
    expect(w.low).toEqual([]);
    expect(w.passes).toBe(true);
  });
  it('winsorise moves tied extremes together: three outliers end at 20 after three steps', () => {
    const w = winsorise(THREE_OUTLIERS, 5, { skew: 2, kurtosis: 3.5 });
    expect(w.values.slice(19)).toEqual([20, 20, 20, 20]);
    expect(w.high.sort()).toEqual([20, 21, 22]);
    expect(w.passes).toBe(true);
  });
  it('winsorise stops at winmax points even when the column still fails', () => {
    const w = winsorise(THREE_OUTLIERS, 2, { skew: 2, kurtosis: 3.5 });
    expect(w.values.slice(20)).toEqual([500, 500, 500]);
    expect(w.high.sort()).toEqual([21, 22]);
    expect(w.passes).toBe(false);
  });
  it('logCT is ln(x − min + 0.01·(max − min))', () => {
    expect(logCT([0, 1, 100])).toEqual([0, Math.log(2), Math.log(101)]);
    expect(logCT([3, 3])).toEqual([3, 3]);
  });
  it('treatColumn falls back to the log of the ORIGINAL column when winmax points are not enough', () => {
    const t = treatColumn(THREE_OUTLIERS, { ...DEFAULT, winmax: 2 });
    expect(t.values).toEqual(logCT(THREE_OUTLIERS));
    expect(t.values[22]).toBeCloseTo(7.6103526653535685, 12);
    // as in COINr the log stands even though this column still fails (python: skew 2.363, kurtosis 4.451)
    expect(t.record).toMatchObject({ log: true, winsorisedHigh: 0, winsorisedLow: 0, passes: false });
    expect(t.record.skewAfter).toBeCloseTo(2.3630306967979404, 12);
    expect(t.record.kurtosisAfter).toBeCloseTo(4.45093184300676, 12);
  });
  it('treatColumn with log off keeps the winsorised column that still fails', () => {
    const t = treatColumn(THREE_OUTLIERS, { ...DEFAULT, winmax: 2, log: false });
    expect(t.record).toMatchObject({ log: false, winsorisedHigh: 2, passes: false });
  });
  it('treatColumn keeps missing and not-applicable cells where they are', () => {
    const t = treatColumn([1, null, 2, 3, undefined, 4, 5, 6, 7, 8, 9, 10, 30, 100], DEFAULT);
    expect(t.values).toEqual([1, null, 2, 3, undefined, 4, 5, 6, 7, 8, 9, 10, 30, 30]);
    expect(t.record.winsorisedHigh).toBe(1);
  });
});

type Ref = Record<string, {
  values: (number | null)[]; treated: (number | null)[]; skewBefore: number | null; kurtosisBefore: number | null;
  skewAfter: number | null; kurtosisAfter: number | null; winsorisedHigh: number; winsorisedLow: number; log: boolean; passes: boolean;
}>;
const asem = JSON.parse(readFileSync(new URL('../reference/engine/treat_asem.json', import.meta.url), 'utf8')) as Ref;

describe('treatColumn on the 49 raw ASEM indicators (51 countries) matches the independent python reference', () => {
  it('the reference treats 18 columns: 17 winsorised on the high side, FemLab on the low side, none logged', () => {
    const treated = Object.entries(asem).filter(([, r]) => r.winsorisedHigh + r.winsorisedLow > 0 || r.log).map(([k]) => k);
    expect(treated).toHaveLength(18);
    expect(asem.FemLab!.winsorisedLow).toBe(1);
  });
  for (const [id, ref] of Object.entries(asem)) {
    it(`${id}: treated values, points winsorised, log and skew/kurtosis before and after`, () => {
      const t = treatColumn(ref.values, DEFAULT);
      t.values.forEach((v, i) => {
        if (ref.treated[i] === null) expect(v).toBeNull();
        else expect(v).toBeCloseTo(ref.treated[i]!, 9);
      });
      const r = t.record;
      expect([r.winsorisedHigh, r.winsorisedLow, r.log, r.passes]).toEqual([ref.winsorisedHigh, ref.winsorisedLow, ref.log, ref.passes]);
      for (const k of ['skewBefore', 'kurtosisBefore', 'skewAfter', 'kurtosisAfter'] as const) expect(r[k]).toBeCloseTo(ref[k]!, 9);
    });
  }
});

describe('treatment in buildIndex (tests/fixtures/engine/asem)', () => {
  it('a per-indicator log treatment of tbts (lower is better) is applied before direction and min-max', async () => {
    // python3: ln(x − 7 + 13.78) of the 7 TBTs present, negated, min-max to [0, 100]
    const result = await buildFixture('asem', { treat: { byIndicator: { tbts: { method: 'log' } } } });
    const e = result.editions[0]!;
    const want = { AUT: 4.120012238488609, FRA: 0, JPN: 11.68137241418016, KOR: 10.792340137217737, MNG: 100, NZL: 54.068393677711285, THA: 17.66907326830143 };
    for (const [iso3, v] of Object.entries(want)) expect(country(e, iso3).scores.tbts).toBeCloseTo(v, 9);
    expect(country(e, 'BGD').scores.tbts).toBeNull();
    expect(Object.keys(e.treatment ?? {})).toEqual(['tbts']);
    expect(e.treatment!.tbts!.log).toBe(true);
  });
  it('no treatment by default: the result has no treatment table', async () => {
    expect((await buildFixture('asem')).editions[0]!.treatment).toBeUndefined();
  });
  it('treat.byIndicator naming an unknown indicator is a problem with a suggestion', () => {
    const { problems } = validateMethodology({ file: 'indicators/methodology.json', text: '{"treat":{"byIndicator":{"tbt":{"method":"none"}}}}' }, ['tbts', 'tariff']);
    expect(problems.map((p) => [p.column, p.message])).toEqual([['treat.byIndicator.tbt', 'methodology names unknown indicator "tbt"; did you mean "tbts"?']]);
  });
});
