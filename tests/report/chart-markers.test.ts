import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/build-index.js';
import { languages } from '../../src/messages/languages.js';
import { rankingBar } from '../../src/report/charts/ranking-bar.js';
import { EN } from '../../src/report/charts/strings.js';
import type { ChartSpec } from '../../src/report/charts/types.js';
import { heatmapChart, rankingChart } from '../../src/report/plan/charts.js';
import { rankingTable } from '../../src/report/tables/ranking.js';
import { answer, code, dataset, dim, ind, scale } from '../engine/make.js';

const marks = (spec: ChartSpec) => (spec.config.options?.plugins as unknown as { piMarks: { marks: { text: string }[] } }).piMarks.marks.map((m) => m.text);

/*
 * One dimension, two indicators, three countries, two editions. AAA answers both in 2024; BBB
 * leaves `b` blank in 2024 (scored on `a` alone: †); CCC leaves `b` blank in 2024 but answered it
 * in 2018, so with carryForward it takes the 2018 answer (‡; and † too, since a carried answer is
 * not evidence for this edition).
 */
const yn = scale('yn', [0, 50, 100]);
const make = (carryForward: boolean) => dataset({
  dimensions: [dim('LAW')],
  indicators: [ind('a', 'LAW', { scale: 'yn' }), ind('b', 'LAW', { scale: 'yn' })],
  scales: { yn },
  countries: [{ iso3: 'AAA' }, { iso3: 'BBB' }, { iso3: 'CCC' }],
  answers: [
    answer('AAA', 'a', 2018, code(yn, 1)), answer('AAA', 'b', 2018, code(yn, 1)), answer('BBB', 'a', 2018, code(yn, 0)), answer('CCC', 'a', 2018, code(yn, 0)), answer('CCC', 'b', 2018, code(yn, 2)),
    answer('AAA', 'a', 2024, code(yn, 2)), answer('AAA', 'b', 2024, code(yn, 1)), answer('BBB', 'a', 2024, code(yn, 1)), answer('BBB', 'b', 2024, { kind: 'missing' }),
    answer('CCC', 'a', 2024, code(yn, 0)), answer('CCC', 'b', 2024, { kind: 'missing' }),
  ],
  methodology: { ranking: { minCoverage: 0.5 }, carryForward },
});

describe('† and ‡ on the ranking chart, as in the tables', () => {
  it('marks each bar’s score like the table marks the score column, and explains both marks in the notes and the alt text', () => {
    const result = buildIndex(make(true));
    const latest = result.editions.at(-1)!;
    const spec = rankingChart(result, latest, {});
    const table = rankingTable(result, latest);
    const fromTable = Object.fromEntries(table.rows.map((r, k) => [r[2], table.marks?.[k]?.score ?? '']));
    const fromChart = Object.fromEntries(spec.data.rows.map((r, k) => [r[1], /^[\d.]+([†‡]*)/.exec(marks(spec)[k]!)?.[1] ?? '']));
    expect(fromChart).toEqual(fromTable);
    expect(fromChart).toEqual({ 'Country AAA': '', 'Country BBB': '†', 'Country CCC': '†‡' });
    expect(spec.notes).toEqual([EN.rankingNote, EN.rankingNoteShortfall, EN.rankingNoteCarried]);
    expect(spec.alt).toContain('Scores marked † (2) rest on fewer answers than the framework asks for.');
    expect(spec.alt).toContain('Scores marked ‡ (1) include answers carried forward from the previous edition.');
  });

  it('without carry-forward only † appears, and a chart with neither has neither note', () => {
    const result = buildIndex(make(false));
    const spec = rankingChart(result, result.editions.at(-1)!, {});
    expect(marks(spec).join(' ')).not.toContain('‡');
    expect(spec.notes).toEqual([EN.rankingNote, EN.rankingNoteShortfall]);
    const complete = rankingBar([{ label: 'A', value: 50 }, { label: 'B', value: 40 }]);
    expect(complete.notes).toEqual([EN.rankingNote]);
    expect(complete.alt).not.toMatch(/[†‡]/);
    expect(marks(complete).join(' ')).not.toMatch(/[†‡]/);
  });

  it('the heatmap marks a dimension score with † where the table marks that dimension column, with the same note', () => {
    const result = buildIndex(make(false));
    const latest = result.editions.at(-1)!;
    const spec = heatmapChart(result, latest, {});
    const table = rankingTable(result, latest);
    const fromTable = Object.fromEntries(table.rows.map((r, k) => [r[2], table.marks?.[k]?.LAW ?? '']));
    // one column: the marks come in row order
    const fromChart = Object.fromEntries(spec.data.rows.map((r, k) => [r[0], /†$/.test(marks(spec)[k]!) ? '†' : '']));
    expect(fromChart).toEqual(fromTable);
    expect(fromChart).toEqual({ 'Country AAA': '', 'Country BBB': '†', 'Country CCC': '†' });
    expect(spec.notes).toContain(EN.rankingNoteShortfall);
    expect(spec.alt).toContain('Scores marked † (2)');
  });

  it('a blank score ("no data") carries no mark', () => {
    const spec = rankingBar([{ label: 'A', value: 50, shortfall: true }, { label: 'B', value: null, shortfall: true }]);
    expect(marks(spec)).toEqual(['50.0†', EN.missing]);
  });

  it('notes and alt text in every language (snapshot)', () => {
    const result = buildIndex(make(true));
    const out = Object.entries(languages).map(([c, l]) => {
      const spec = rankingChart(result, result.editions.at(-1)!, { locale: l.locale, dir: l.dir, strings: l.chart });
      return [c, marks(spec), spec.notes, spec.alt];
    });
    expect(out).toMatchSnapshot();
  });
});
