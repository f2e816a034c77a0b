import { message } from '../problems/messages.js';
import type { Problem } from '../problems/problem.js';
import { suggest } from '../problems/suggest.js';
import type { Screening } from '../schema/methodology.js';

/**
 * Checks the countries named by the methodology's unit screening: each of screen.include and
 * screen.exclude must be an iso3 of countries.csv (with a suggestion for a near miss), and no
 * country may be in both. `file` is where the setting came from (the methodology file, or the
 * command line).
 */
export function screeningProblems(screen: Screening, countryIds: readonly string[], file: string): Problem[] {
  const out: Problem[] = [];
  for (const list of ['include', 'exclude'] as const) {
    for (const iso3 of screen[list]) {
      if (!countryIds.includes(iso3)) {
        out.push({ code: 'screen_unknown_country', severity: 'error', file, column: `screen.${list}`, value: iso3, message: message('screen_unknown_country', { list, iso3, suggestion: suggest(iso3, countryIds) }) });
      }
    }
  }
  for (const iso3 of screen.include) {
    if (screen.exclude.includes(iso3)) out.push({ code: 'screen_both', severity: 'error', file, column: 'screen', value: iso3, message: message('screen_both', { iso3 }) });
  }
  return out;
}
