import { beforeAll, describe, expect, it } from 'vitest';
import { rankIntervalChart, sensitivityChart } from '../../../src/analysis/sensitivity/charts.js';
import { runSensitivity, type SensitivityResult } from '../../../src/analysis/sensitivity/run.js';
import { distributionTable, factorTable, intervalTable } from '../../../src/analysis/sensitivity/tables.js';
import { toText } from '../../../src/report/format/text.js';
import { SensitivitySettings } from '../../../src/schema/methodology.js';
import { loadFixture } from '../../engine/fixture.js';

let result: SensitivityResult;
beforeAll(async () => {
  const asem = await loadFixture('asem');
  result = runSensitivity(asem, SensitivitySettings.parse({ runs: 600, seed: 5, weightNoise: 0.2, normalisers: [{ method: 'minmax' }, { method: 'zscore' }], dropIndicator: true }));
});

describe('sensitivity tables and charts', () => {
  it('intervalTable lists every ranked country by nominal rank with its plausible ranks', () => {
    const t = intervalTable(result);
    expect(t.columns.map((c) => c.key)).toEqual(['rank', 'iso3', 'country', 'score', 'median', 'low', 'high', 'interval']);
    expect(t.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
    for (const r of t.rows) expect(r[7]).toBe(`${r[5]}–${r[6]}`);
    expect(toText(t)).toContain('Plausible ranks');
  });

  it('factorTable has one row per varied factor, in design order', () => {
    expect(factorTable(result).rows.map((r) => r[0])).toEqual(['Weights', 'Normalisation', 'Drop one indicator']);
    expect(factorTable(result).rows[2]![1]).toBe('none, or one of 6 indicators');
  });

  it('distributionTable counts every evaluation for every country', () => {
    const t = distributionTable(result);
    expect(t.columns).toHaveLength(1 + result.countries.length);
    for (const r of t.rows) expect((r.slice(1) as number[]).reduce((a, b) => a + b, 0)).toBe(result.evaluations);
  });

  it('the rank-interval chart has a bar per country from low − ½ to high + ½, and the sensitivity chart Si and STi per factor', () => {
    const iv = rankIntervalChart(result);
    expect(iv.id).toBe('rank-intervals');
    expect(iv.config.data.datasets[0]!.data).toEqual(result.countries.map((c) => [c.low - 0.45, c.high + 0.45]));
    expect(iv.data.rows).toHaveLength(result.countries.length);
    expect(iv.alt).toMatch(/^Floating bar chart of the 5–95% rank interval of 6 countries/);
    const s = sensitivityChart(result);
    expect(s.config.data.datasets.map((d) => d.data)).toEqual([result.factors.map((f) => f.si), result.factors.map((f) => f.sti)]);
  });
});
