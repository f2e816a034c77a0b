import { paths } from '../io/project.js';
import { DECIMAL } from '../schema/common.js';
import { message } from '../problems/messages.js';
import type { Problem } from '../problems/problem.js';
import { suggest } from '../problems/suggest.js';
import type { Country } from '../schema/country.js';
import type { Indicator } from '../schema/indicator.js';
import type { Located } from './rows.js';


/**
 * Checks each indicator's denominator against countries.csv: only a numeric indicator can be
 * divided, the denominator must be one of countries.csv's own columns (`columns`: those besides
 * iso3, name and region; null when countries.csv could not be read, which is reported already),
 * and a denominator_scale needs a denominator.
 */
export function indicatorDenominatorProblems(indicators: readonly Located<Indicator>[], columns: readonly string[] | null): Problem[] {
  const file = paths.indicators;
  const out: Problem[] = [];
  for (const { line, row: ind } of indicators) {
    if (ind.denominator === null) {
      if (ind.denominator_scale !== null) {
        out.push({ code: 'denominator_scale_alone', severity: 'error', file, line, column: 'denominator_scale', value: String(ind.denominator_scale), message: message('denominator_scale_alone', { value: String(ind.denominator_scale) }) });
      }
      continue;
    }
    if (ind.type !== 'numeric') {
      out.push({ code: 'denominator_categorical', severity: 'error', file, line, column: 'denominator', value: ind.denominator, message: message('denominator_categorical', { indicator: ind.id, column: ind.denominator }) });
    } else if (columns !== null && !columns.includes(ind.denominator)) {
      out.push({ code: 'denominator_unknown', severity: 'error', file, line, column: 'denominator', value: ind.denominator, message: message('denominator_unknown', { column: ind.denominator, columns, suggestion: suggest(ind.denominator, columns) }) });
    }
  }
  return out;
}

/**
 * Checks every country's value in each column used as a denominator: a number other than 0 (an
 * error otherwise); a blank is a warning, since the denominated indicators then have no value
 * for that country. One problem per country and column, naming the indicators divided by it.
 * Only `columns` (countries.csv's own) are checked: a denominator naming another is reported by
 * indicatorDenominatorProblems.
 */
export function countryDenominatorProblems(countries: readonly Located<Country>[], indicators: readonly Indicator[], columns: readonly string[]): Problem[] {
  const file = paths.countries;
  const byColumn = new Map<string, string[]>();
  for (const ind of indicators) {
    if (ind.denominator !== null && ind.type === 'numeric' && columns.includes(ind.denominator)) byColumn.set(ind.denominator, [...(byColumn.get(ind.denominator) ?? []), ind.id]);
  }
  const out: Problem[] = [];
  for (const { line, row: c } of countries) {
    for (const [column, ids] of byColumn) {
      const text = c.attributes?.[column]?.trim() ?? '';
      const at = { file, line, column, value: text };
      if (text === '') out.push({ ...at, code: 'denominator_blank', severity: 'warning', message: message('denominator_blank', { column, iso3: c.iso3, indicators: ids }) });
      else if (!DECIMAL.test(text) || !Number.isFinite(Number(text))) out.push({ ...at, code: 'denominator_not_number', severity: 'error', message: message('denominator_not_number', { column, iso3: c.iso3, value: text, indicators: ids }) });
      else if (Number(text) === 0) out.push({ ...at, code: 'denominator_zero', severity: 'error', message: message('denominator_zero', { column, iso3: c.iso3, indicators: ids }) });
    }
  }
  return out;
}
