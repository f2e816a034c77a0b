import { describe, expect, it } from 'vitest';
import { DEGENERATE_MIN_COUNTRIES, degenerateMethods, methodsInEffect } from '../../src/analysis/degenerate.js';
import { degenerateAlternatives } from '../../src/analysis/sensitivity/degenerate.js';
import { buildIndex } from '../../src/engine/build-index.js';
import { languages } from '../../src/messages/languages.js';
import type { MethodologyInput } from '../../src/schema/methodology.js';
import { methodWarningText } from '../../src/report/pages/method-warnings.js';
import { answer, code, dataset, dim, ind, scale } from '../engine/make.js';

/*
 * Two dimensions, four countries; yn: no 0 · partly 50 · yes 100, `rate` a number (higher is better).
 *   AAA: ban yes, atd partly, rate 10    BBB: ban no, atd yes, rate 20
 *   CCC: ban yes, atd no,     rate 30    DDD: ban partly, atd partly, rate 40
 * AAA and DDD are the only countries without a 0 among their indicator scores (rate under minmax
 * gives AAA 0 — so only DDD is non-zero under a geometric mean: 3 of 4 zeroed, by hand).
 */
const yn = scale('yn', [0, 50, 100]);
const rows: [string, number, number, number][] = [['AAA', 2, 1, 10], ['BBB', 0, 2, 20], ['CCC', 2, 0, 30], ['DDD', 1, 1, 40]];
const make = (methodology: MethodologyInput = {}, rate: (r: number) => number = (r) => r) => dataset({
  dimensions: [dim('LAW'), dim('PRA')],
  indicators: [ind('ban', 'LAW', { scale: 'yn' }), ind('atd', 'PRA', { scale: 'yn' }), ind('rate', 'PRA', { type: 'numeric', direction: 'higher' })],
  scales: { yn },
  countries: rows.map(([iso3]) => ({ iso3 })),
  answers: rows.flatMap(([c, ban, atd, r]) => [
    answer(c, 'ban', 2024, code(yn, ban)), answer(c, 'atd', 2024, code(yn, atd)), answer(c, 'rate', 2024, { kind: 'number', value: rate(r) }),
  ]),
  methodology,
});
const warn = (methodology: MethodologyInput = {}, rate?: (r: number) => number) => {
  const ds = make(methodology, rate);
  const result = buildIndex(ds);
  return degenerateMethods(result, result.editions.at(-1)!, ds.indicators);
};

describe('degenerateMethods: a method that zeroes or ties most countries is named', () => {
  it('warns of nothing under the default methods on data that separates the countries', () => {
    expect(warn()).toEqual([]);
  });

  it('a geometric mean that zeroes 3 of 4 ranked countries (a single 0 score each) is named with the count', () => {
    expect(warn({ aggregate: { default: { method: 'geometric' } } })).toEqual([{ kind: 'zeroed', method: 'geometric', count: 3, of: 4 }]);
  });

  it('names the aggregators set per depth, index first, and a generalised mean with p < 0 by its p', () => {
    expect(warn({ aggregate: { byDepth: { 0: { method: 'harmonic' }, 1: { method: 'geometric' } } } })).toEqual([{ kind: 'zeroed', method: 'harmonic/geometric', count: 3, of: 4 }]);
    expect(warn({ aggregate: { default: { method: 'generalised', p: -1 } } })).toEqual([{ kind: 'zeroed', method: 'generalised (p = -1)', count: 3, of: 4 }]);
  });

  it('counts zeroes of the index score only: a harmonic mean within the dimensions that the arithmetic index averages away is not flagged', () => {
    // PRA is 0 for AAA (rate 0) and CCC (atd no) under harmonic, but LAW lifts both indices above 0
    expect(warn({ aggregate: { byDepth: { 1: { method: 'harmonic' } } } })).toEqual([]);
  });

  it('a generalised mean with p > 0 never "zeroes" (a 0 there is the answers themselves)', () => {
    expect(warn({ aggregate: { default: { method: 'generalised', p: 2 } } })).toEqual([]);
  });

  it('minmax on an indicator where every country has the same value gives them all one score: flat, named with the indicator', () => {
    const out = warn({}, () => 7);
    expect(out).toEqual([{ kind: 'flat', method: 'minmax', count: 4, of: 4, indicator: 'rate', name: 'rate' }]);
  });

  it('a constant indicator under a normaliser that keeps the values (goalposts) is data, not a degenerate method', () => {
    expect(warn({ normalise: { numeric: { method: 'goalposts' } } }, () => 7)).toEqual([]);
  });

  it('warns when most ranked countries tie on the index, naming every method in effect', () => {
    // ban and atd ignored (weight 0 is not allowed; scope them out with a constant-valued framework instead):
    // under rank normalisation of a constant `rate`, and ban/atd all "partly", everyone ties at rank 1
    const ds = dataset({
      dimensions: [dim('LAW'), dim('PRA')],
      indicators: [ind('ban', 'LAW', { scale: 'yn' }), ind('atd', 'PRA', { scale: 'yn' })],
      scales: { yn },
      countries: rows.map(([iso3]) => ({ iso3 })),
      answers: rows.flatMap(([c], k) => [answer(c, 'ban', 2024, code(yn, 1)), answer(c, 'atd', 2024, code(yn, k === 3 ? 2 : 1))]),
    });
    const result = buildIndex(ds);
    const out = degenerateMethods(result, result.editions.at(-1)!, ds.indicators);
    const methods = { normaliser: 'none', aggregator: 'arithmetic', imputation: 'none' };
    expect(out).toEqual([{ kind: 'tied', method: methods, count: 3, of: 4, rank: 2 }]);
    expect(methodsInEffect(result, ds.indicators)).toEqual(methods);
    // numeric and categorical indicators under different normalisers are both named
    const mixed = make();
    expect(methodsInEffect(buildIndex(mixed), mixed.indicators)).toEqual({ normaliser: 'none/minmax', aggregator: 'arithmetic', imputation: 'none' });
  });

  it(`stays quiet below ${DEGENERATE_MIN_COUNTRIES} ranked countries and when exactly half tie`, () => {
    const ds = dataset({
      dimensions: [dim('LAW')],
      indicators: [ind('ban', 'LAW', { scale: 'yn' })],
      scales: { yn },
      countries: [{ iso3: 'AAA' }, { iso3: 'BBB' }, { iso3: 'CCC' }, { iso3: 'DDD' }],
      answers: [answer('AAA', 'ban', 2024, code(yn, 0)), answer('BBB', 'ban', 2024, code(yn, 0)), answer('CCC', 'ban', 2024, code(yn, 1)), answer('DDD', 'ban', 2024, code(yn, 2))],
    });
    const result = buildIndex(ds);
    expect(degenerateMethods(result, result.editions[0]!, ds.indicators)).toEqual([]);
    const two = dataset({ ...ds, dimensions: ds.dimensions, indicators: ds.indicators, scales: ds.scales, countries: [{ iso3: 'AAA' }, { iso3: 'BBB' }], answers: ds.answers.slice(0, 2) });
    const r2 = buildIndex(two);
    expect(degenerateMethods(r2, r2.editions[0]!, two.indicators)).toEqual([]);
  });

  it('says each warning in every report language, with every placeholder filled (snapshot)', () => {
    const ws = [
      ...warn({ aggregate: { default: { method: 'geometric' } } }),
      { kind: 'tied' as const, method: { normaliser: 'none', aggregator: 'arithmetic', imputation: 'none' }, count: 3, of: 4, rank: 2 },
      ...warn({}, () => 7),
    ];
    const out = Object.entries(languages).map(([c, l]) => [c, ...ws.map((w) => methodWarningText(l.strings, w))]);
    for (const [, ...texts] of out) for (const text of texts) expect(text).not.toMatch(/\{\w+\}/);
    expect(out).toMatchSnapshot();
  });
});

describe('degenerateAlternatives: the same warnings under each alternative the sensitivity analysis samples', () => {
  it('names the alternative (each swapped in alone) and its warning; the nominal choice and harmless alternatives say nothing', () => {
    const ds = make({ sensitivity: { aggregators: [{ method: 'arithmetic' }, { method: 'geometric' }], normalisers: [{ method: 'none' }, { method: 'goalposts' }] } });
    expect(degenerateAlternatives(ds)).toEqual([{ factor: 'aggregator', alternative: 'geometric', warning: { kind: 'zeroed', method: 'geometric', count: 3, of: 4 } }]);
    expect(degenerateAlternatives(make())).toEqual([]);
  });

  it('an alternative normaliser applied to every indicator flags the ones it flattens', () => {
    const ds = make({ sensitivity: { normalisers: [{ method: 'minmax', low: 0, high: 100 }] } }, () => 7);
    expect(degenerateAlternatives(ds).map((w) => [w.factor, w.alternative, w.warning.kind, w.warning.kind === 'flat' ? w.warning.indicator : null])).toEqual([['normaliser', 'minmax', 'flat', 'rate']]);
  });

  /*
   * x: AAA 5, BBB 5, CCC 9; y: AAA 1, BBB 2, CCC blank. Screening at minShare 1 keeps AAA and BBB
   * (CCC answers 1 of 2), whose x is equal: min-max flattens x under that alternative only.
   */
  it('a screening alternative is checked too: one that keeps only countries equal on an indicator flags it', () => {
    const ds = dataset({
      dimensions: [dim('D')],
      indicators: [ind('x', 'D', { type: 'numeric' }), ind('y', 'D', { type: 'numeric' })],
      countries: [{ iso3: 'AAA' }, { iso3: 'BBB' }, { iso3: 'CCC' }],
      answers: ([['AAA', 5, 1], ['BBB', 5, 2], ['CCC', 9, null]] as const).flatMap(([c, x, y]) => [
        answer(c, 'x', 2024, { kind: 'number', value: x }),
        answer(c, 'y', 2024, y === null ? { kind: 'missing' } : { kind: 'number', value: y }),
      ]),
      methodology: { sensitivity: { screens: [{ minShare: 0 }, { minShare: 1 }], denominations: [true, false], treatments: [{ method: 'none' }, { method: 'log' }] } },
    });
    expect(degenerateAlternatives(ds).map((w) => [w.factor, w.alternative, w.warning.kind, w.warning.kind === 'flat' ? w.warning.indicator : null])).toEqual([['screening', 'minShare 1', 'flat', 'x']]);
  });
});
