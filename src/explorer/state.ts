import { RATING_MAX } from './weights.js';

/** What the URL holds: language, ratings of dimensions and of indicators, countries to compare, search and filters. */
export interface ViewState {
  lang: string;
  /** Top-level dimension id → rating, only those the reader changed. */
  ratings: Record<string, number>;
  /** Indicator id → rating, only those the reader changed. */
  indicatorRatings: Record<string, number>;
  compare: string[];
  q: string;
  region: string;
  band: string;
}

export interface StateRules {
  languages: readonly string[];
  dimensions: readonly string[];
  indicators: readonly string[];
  countries: readonly string[];
  regions: readonly string[];
  bands: readonly string[];
}

/** At most this many countries side by side. */
export const MAX_COMPARE = 4;

/** The ratings in a list such as `LIB:5,ATD:0` whose ids are known and whose values are half steps from 0 to 5; the rest is dropped. */
function ratingsIn(list: string, ids: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of list.split(',')) {
    const [id, text] = pair.split(':');
    const value = Number(text);
    if (id && ids.includes(id) && text !== '' && Number.isFinite(value) && value >= 0 && value <= RATING_MAX && Number.isInteger(value * 2)) {
      out[id] = value;
    }
  }
  return out;
}

/**
 * Reads the view from a URL fragment (`#lang=fr&w=LIB:5,ATD:0&i=case_management:1&c=MEX,AUS&region=…&band=…&q=…`).
 * Whatever does not fit the rules (unknown language, dimension, indicator or country, a rating
 * that is not a half step from 0 to 5, garbage) is dropped, so the defaults stand in for it.
 */
export function parseState(hash: string, rules: StateRules): ViewState {
  const state: ViewState = { lang: rules.languages[0] ?? 'en', ratings: {}, indicatorRatings: {}, compare: [], q: '', region: '', band: '' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return state;
  }
  const lang = params.get('lang');
  if (lang && rules.languages.includes(lang)) state.lang = lang;
  state.ratings = ratingsIn(params.get('w') ?? '', rules.dimensions);
  state.indicatorRatings = ratingsIn(params.get('i') ?? '', rules.indicators);
  for (const iso3 of (params.get('c') ?? '').split(',')) {
    if (rules.countries.includes(iso3) && !state.compare.includes(iso3) && state.compare.length < MAX_COMPARE) state.compare.push(iso3);
  }
  const region = params.get('region');
  if (region && rules.regions.includes(region)) state.region = region;
  const band = params.get('band');
  if (band && rules.bands.includes(band)) state.band = band;
  state.q = (params.get('q') ?? '').slice(0, 100);
  return state;
}

/** The URL fragment of a view; defaults are left out, so the published view is just `#lang=…`. */
export function formatState(state: ViewState): string {
  const params = new URLSearchParams({ lang: state.lang });
  const list = (ratings: Record<string, number>) => Object.entries(ratings).map(([id, v]) => `${id}:${v}`).join(',');
  if (list(state.ratings)) params.set('w', list(state.ratings));
  if (list(state.indicatorRatings)) params.set('i', list(state.indicatorRatings));
  if (state.compare.length) params.set('c', state.compare.join(','));
  if (state.region) params.set('region', state.region);
  if (state.band) params.set('band', state.band);
  if (state.q) params.set('q', state.q);
  return `#${params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',')}`;
}
