import { describe, expect, it } from 'vitest';
import { change } from '../../src/report/charts/change.js';
import { distribution } from '../../src/report/charts/distribution.js';
import { DIRECT_LABEL_COLUMNS, heatmap } from '../../src/report/charts/heatmap.js';
import { radar } from '../../src/report/charts/radar.js';
import { rankingBar } from '../../src/report/charts/ranking-bar.js';
import type { ChartSpec } from '../../src/report/charts/types.js';
import { stableJson } from './helpers.js';

const BANDS = ['Low', 'Middle', 'High'];

/** Labels, datasets and text marks of a spec, the parts a reader sees. */
function visible(spec: ChartSpec) {
  const config = spec.config as unknown as {
    data: { labels?: unknown[]; datasets: { label: string; data: unknown[] }[] };
    options: { plugins: { piMarks?: { marks: { text: string }[] } } };
  };
  return {
    labels: config.data.labels,
    datasets: config.data.datasets.map((d) => ({ label: d.label, data: d.data })),
    marks: config.options.plugins.piMarks?.marks.map((m) => m.text),
  };
}

describe('rankingBar', () => {
  const items = [
    { label: 'Chile', value: 55.5, band: 'Middle' },
    { label: 'Belgium', value: 71.2, band: 'High' },
    { label: 'Austria', value: 55.5, band: 'Middle', interval: { low: 2, high: 4 } },
    { label: 'Libya', value: null },
    { label: 'Denmark', value: 8, band: 'Low' },
  ];
  const spec = rankingBar(items, { bands: BANDS });

  it('orders by score, ties by name sharing a rank, missing last', () => {
    expect(visible(spec).labels).toEqual(['1  Belgium', '2  Austria', '2  Chile', '4  Denmark', 'Libya']);
    expect(spec.data).toEqual({
      columns: ['Rank', 'Country', 'Score', 'Band', 'Best rank', 'Worst rank'],
      rows: [
        [1, 'Belgium', 71.2, 'High', null, null],
        [2, 'Austria', 55.5, 'Middle', 2, 4],
        [2, 'Chile', 55.5, 'Middle', null, null],
        [4, 'Denmark', 8, 'Low', null, null],
        [null, 'Libya', null, null, null, null],
      ],
    });
  });

  it('labels every bar with its value and band in words, and the missing row "no data"', () => {
    expect(visible(spec).marks).toEqual([
      '71.2 · High',
      '55.5 · Middle · ranks 2–4',
      '55.5 · Middle',
      '8.0 · Low',
      'no data',
    ]);
  });

  it('states the chart in its alt text', () => {
    expect(spec.alt).toBe(
      'Bar chart ranking 4 countries by overall score, from Belgium (71.2) to Denmark (8.0). ' +
        '1 country not ranked for lack of data. Bands: High (1), Middle (2), Low (1).',
    );
  });

  it('has one legend entry (dataset) per band, lowest first', () => {
    expect(visible(spec).datasets.map((d) => d.label)).toEqual(BANDS);
  });

  it('mirrors for rtl: category axis on the right, value axis reversed', () => {
    const rtl = rankingBar(items, { bands: BANDS, dir: 'rtl', locale: 'ar' }).config.options as {
      scales: { x: { reverse: boolean }; y: { position: string } };
    };
    expect(rtl.scales.x.reverse).toBe(true);
    expect(rtl.scales.y.position).toBe('right');
  });

  it('handles no scores at all', () => {
    const none = rankingBar([{ label: 'A', value: null }]);
    expect(none.alt).toBe('Bar chart by overall score: no country has a score. 1 country not ranked for lack of data.');
  });

  it('config snapshot', () => {
    expect(stableJson(spec.config)).toMatchSnapshot();
  });
});

const legendShown = (x: ChartSpec) => (x.config.options as { plugins: { legend: { display: boolean } } }).plugins.legend.display;

describe('heatmap', () => {
  const spec = heatmap({
    columns: ['Law', 'Practice'],
    rows: [
      { label: 'Belgium', values: [90, 19.99] },
      { label: 'Chile', values: [null, 50] },
      { label: 'Denmark', values: [50] },
    ],
  });

  it('labels every cell directly, so the legend of bins goes, up to DIRECT_LABEL_COLUMNS columns', () => {
    expect(legendShown(spec)).toBe(false);
    const wide = (n: number) => heatmap({ columns: Array.from({ length: n }, (_, k) => `D${k}`), rows: [{ label: 'A', values: Array.from({ length: n }, () => 50) }] });
    expect(legendShown(wide(DIRECT_LABEL_COLUMNS))).toBe(false);
    expect(legendShown(wide(DIRECT_LABEL_COLUMNS + 1))).toBe(true);
  });

  it('puts each cell in its bin dataset, missing cells in the last, hatched and marked', () => {
    const v = visible(spec);
    expect(v.datasets.map((d) => [d.label, d.data.length])).toEqual([
      ['0–20', 1],
      ['20–40', 0],
      ['40–60', 2],
      ['60–80', 0],
      ['80–100', 1],
      ['no data', 2],
    ]);
    expect(v.marks).toEqual(['90.0', '20.0', 'no data', '50.0', '50.0', 'no data']);
    const plugins = (spec.config.options as { plugins: { piMarks: { hatch: unknown[] } } }).plugins;
    expect(plugins.piMarks.hatch).toHaveLength(2);
  });

  it('states the chart in its alt text and keeps the table wide', () => {
    expect(spec.alt).toBe(
      'Heatmap of 3 countries by 2 dimensions, each cell printed with its score, from 20.0 to 90.0; darker cells are lower scores. 2 cells have no data.',
    );
    expect(spec.data.rows).toEqual([
      ['Belgium', 90, 19.99],
      ['Chile', null, 50],
      ['Denmark', 50, null],
    ]);
  });

  it('config snapshot', () => {
    expect(stableJson(spec.config)).toMatchSnapshot();
  });
});

describe('radar', () => {
  const spec = radar({
    name: 'Mexico',
    axes: [
      { label: 'Law', value: 80, comparison: 60 },
      { label: 'Practice', value: 40, comparison: 55 },
      { label: 'Monitoring', value: null, comparison: 50 },
      { label: 'Alternatives', value: 80, comparison: null },
    ],
  });

  it('has no legend: the title names the country, the axis labels print the values, the subtitle names the dashed line', () => {
    expect(legendShown(spec)).toBe(false);
    expect(spec.title).toContain('Mexico');
    expect(spec.subtitle).toContain('dashed line: average of all countries');
  });

  it('prints the values in each axis label and gaps missing values (no fill)', () => {
    const v = visible(spec);
    expect(v.labels).toEqual([
      ['Law', '80.0 · avg. 60.0'],
      ['Practice', '40.0 · avg. 55.0'],
      ['Monitoring', 'no data · avg. 50.0'],
      ['Alternatives', '80.0 · avg. no data'],
    ]);
    expect(v.datasets).toEqual([
      { label: 'Mexico', data: [80, 40, null, 80] },
      { label: 'Average of all countries', data: [60, 55, 50, null] },
    ]);
    expect((spec.config.data.datasets[0] as { fill: boolean }).fill).toBe(false);
  });

  it('names the highest (ties by name) and lowest in its alt text', () => {
    expect(spec.alt).toBe(
      'Radar chart of the scores of Mexico on 4 dimensions (0–100): highest Alternatives (80.0), lowest Practice (40.0). ' +
        'Dashed line: Average of all countries. 1 dimension has no data.',
    );
  });

  it('has no comparison series unless asked', () => {
    const single = radar({ name: 'A', axes: [{ label: 'x', value: 1 }, { label: 'y', value: 2 }, { label: 'z', value: 3 }] });
    expect(single.config.data.datasets).toHaveLength(1);
    expect(single.data.columns).toEqual(['Dimension', 'A']);
  });

  it('config snapshot', () => {
    expect(stableJson(spec.config)).toMatchSnapshot();
  });
});

describe('change', () => {
  const spec = change({
    from: '2024',
    to: '2025',
    items: [
      { label: 'Chile', previous: 50, current: 60 },
      { label: 'Austria', previous: 75.3, current: 80.1 },
      { label: 'Belgium', previous: 70, current: 60 },
      { label: 'Denmark', previous: 30, current: 30 },
      { label: 'Egypt', previous: null, current: 20 },
      { label: 'Fiji', previous: null, current: null },
    ],
  });

  it('orders by the later score (ties by name), incomplete rows last, with rounded signed changes', () => {
    const v = visible(spec);
    expect(v.labels).toEqual(['Austria', 'Belgium', 'Chile', 'Denmark', 'Egypt', 'Fiji']);
    expect(v.marks).toEqual(['+4.8', '\u221210.0', '+10.0', '0.0', '2025 only', 'no data']);
    expect(spec.data.rows[0]).toEqual(['Austria', 75.3, 80.1, 4.8]);
    expect(v.datasets.map((d) => d.label)).toEqual(['improved', 'declined', '2024', '2025']);
  });

  it('states the chart in its alt text', () => {
    expect(spec.alt).toBe(
      'Dumbbell chart of the change in score of 4 countries from 2024 to 2025: 2 improved, 1 declined, 1 unchanged. ' +
        'Largest gain: Chile (+10.0). Largest fall: Belgium (\u221210.0). 2 countries lack a score in one edition.',
    );
  });

  it('config snapshot', () => {
    expect(stableJson(spec.config)).toMatchSnapshot();
  });
});

describe('distribution', () => {
  const items = [
    { label: 'Legal ban', answers: [{ label: 'No', count: 3 }, { label: 'Yes', count: 5 }], missing: 1, na: 0 },
    { label: 'Monitoring', answers: [{ label: 'No', count: 0 }, { label: 'Yes', count: 7 }], missing: 0, na: 2 },
  ];
  const spec = distribution(items);

  it('stacks answers worst to best, then missing and n/a, each segment labelled with its answer and count', () => {
    const v = visible(spec);
    expect(v.datasets).toEqual([
      { label: 'No', data: [3, 0] },
      { label: 'Yes', data: [5, 7] },
      { label: 'no data', data: [1, 0] },
      { label: 'not applicable', data: [0, 2] },
    ]);
    // direct labels: the answer with its count, the count alone where the word does not fit
    expect(v.marks).toEqual(['No 3', 'Yes 5', 'Yes 7', '1', '2']);
    const shorts = (spec.config.options as { plugins: { piMarks: { marks: { short?: string }[] } } }).plugins.piMarks.marks.map((m) => m.short);
    expect(shorts.slice(0, 3)).toEqual(['3', '5', '7']);
    expect(spec.alt).toBe('Stacked bar chart of the answers of 9 countries to 2 indicators. Most missing data: Legal ban (1 of 9).');
  });

  it('labels segments with their answer when indicators have different scales', () => {
    const mixed = distribution([...items, { label: 'Care', answers: [{ label: 'Never', count: 9 }], missing: 0, na: 0 }]);
    expect(visible(mixed).marks?.slice(0, 2)).toEqual(['No 3', 'Yes 5']);
    expect(visible(mixed).datasets[0]?.label).toBe('');
  });

  it('writes a long table including missing and n/a', () => {
    expect(spec.data.rows).toContainEqual(['Monitoring', 'not applicable', 2]);
    expect(spec.data.rows).toHaveLength(8);
  });

  it('config snapshot', () => {
    expect(stableJson(spec.config)).toMatchSnapshot();
  });
});
