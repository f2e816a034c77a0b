import { Methodology } from '../schema/methodology.js';
import type { Problem } from './problem.js';
import { message } from './messages.js';
import { suggest } from './suggest.js';

/** Parses indicators/methodology.json (absent = all defaults) and checks the ids it names. */
export function validateMethodology(
  source: { file: string; text: string } | null,
  indicatorIds: readonly string[],
): { methodology: Methodology | null; problems: Problem[] } {
  const file = source?.file ?? 'indicators/methodology.json';
  let json: unknown = {};
  if (source) {
    try {
      json = JSON.parse(source.text);
    } catch (e) {
      const reason = (e as Error).message;
      return { methodology: null, problems: [{ code: 'methodology_json', severity: 'error', file, line: jsonLine(source.text, reason), message: message('methodology_json', { reason }) }] };
    }
  }
  const parsed = Methodology.safeParse(json);
  if (!parsed.success) {
    return {
      methodology: null,
      problems: parsed.error.issues.map((i) => ({
        code: 'methodology_value' as const, severity: 'error' as const, file, column: i.path.join('.'),
        message: message('methodology_value', { path: i.path.join('.') || '(top level)', reason: i.message }),
      })),
    };
  }
  const problems: Problem[] = [];
  for (const id of Object.keys(parsed.data.normalise.byIndicator)) {
    if (indicatorIds.length > 0 && !indicatorIds.includes(id)) {
      problems.push({ code: 'methodology_indicator', severity: 'error', file, column: `normalise.byIndicator.${id}`, value: id, message: message('methodology_indicator', { indicator: id, suggestion: suggest(id, indicatorIds) }) });
    }
  }
  return { methodology: parsed.data, problems };
}

/** Line of a JSON.parse error, from the position it reports. */
function jsonLine(text: string, reason: string): number | undefined {
  const m = /position (\d+)/.exec(reason);
  if (!m) return undefined;
  return text.slice(0, Number(m[1])).split('\n').length;
}
