import { describe, expect, it } from 'vitest';
import { formatState, parseState, type StateRules } from '../../src/explorer/state.js';

const rules: StateRules = { languages: ['en', 'ar'], dimensions: ['LAW', 'PRA'], indicators: ['judicial_review', 'children_detained'], countries: ['MEX', 'COL'], regions: ['Americas'], bands: ['Advanced'] };

describe('explorer URL state', () => {
  it('reads dimension and indicator ratings, countries and filters, and writes them back the same', () => {
    const hash = '#lang=ar&w=LAW:0&i=judicial_review:4.5,children_detained:0&c=MEX,COL&region=Americas&band=Advanced&q=me';
    const state = parseState(hash, rules);
    expect(state).toEqual({ lang: 'ar', ratings: { LAW: 0 }, indicatorRatings: { judicial_review: 4.5, children_detained: 0 }, compare: ['MEX', 'COL'], q: 'me', region: 'Americas', band: 'Advanced' });
    expect(formatState(state)).toBe(hash);
  });

  it('drops an unknown indicator, a rating out of range or off the half steps, and garbage, keeping the rest', () => {
    const state = parseState('#i=nope:1,judicial_review:6,children_detained:2.25,judicial_review:,children_detained:Infinity,:3,judicial_review:1', rules);
    expect(state.indicatorRatings).toEqual({ judicial_review: 1 });
    expect(parseState('#i=%E0%A4%A', rules).indicatorRatings).toEqual({});
    expect(parseState('#w=judicial_review:1&i=LAW:1', rules)).toMatchObject({ ratings: {}, indicatorRatings: {} });
  });

  it('leaves the defaults out of the URL', () => {
    expect(formatState(parseState('', rules))).toBe('#lang=en');
  });
});
