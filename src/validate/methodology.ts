import type { z } from 'zod';
import { Methodology } from '../schema/methodology.js';
import type { Problem } from '../problems/problem.js';
import { message } from '../problems/messages.js';
import { suggest } from '../problems/suggest.js';
import { hasControls, stripControls } from '../problems/controls.js';

/** Parses indicators/methodology.json (absent = all defaults) and checks the ids it names. */
export function validateMethodology(
  source: { file: string; text: string } | null,
  indicatorIds: readonly string[],
): { methodology: Methodology | null; problems: Problem[] } {
  const file = source?.file ?? 'indicators/methodology.json';
  let json: unknown = {};
  const cleaned: Problem[] = [];
  if (source) {
    const depth = jsonDepth(source.text);
    if (depth > MAX_JSON_DEPTH) {
      return { methodology: null, problems: [{ code: 'json_too_deep', severity: 'error', file, message: message('json_too_deep', { depth, max: MAX_JSON_DEPTH }) }] };
    }
    try {
      // like a CSV cell, a text setting (a band label, say) never carries controls to a report or terminal
      json = JSON.parse(source.text, (key, value: unknown) => {
        if (typeof value !== 'string' || !hasControls(value)) return value;
        const clean = stripControls(value);
        cleaned.push({ code: 'control_characters', severity: 'warning', file, column: key, value, message: message('control_characters', { value, clean }) });
        return clean;
      });
    } catch (e) {
      const reason = (e as Error).message;
      return { methodology: null, problems: [{ code: 'methodology_json', severity: 'error', file, line: jsonLine(source.text, reason), message: message('methodology_json', { reason }) }] };
    }
  }
  const parsed = Methodology.safeParse(json);
  if (!parsed.success) return { methodology: null, problems: [...cleaned, ...methodologyProblems(parsed.error.issues, json, file)] };
  const problems: Problem[] = [...cleaned];
  const named = [
    ...Object.keys(parsed.data.normalise.byIndicator).map((id) => ['normalise', id] as const),
    ...Object.keys(parsed.data.treat.byIndicator).map((id) => ['treat', id] as const),
  ];
  for (const [section, id] of named) {
    if (indicatorIds.length > 0 && !indicatorIds.includes(id)) {
      problems.push({ code: 'methodology_indicator', severity: 'error', file, column: `${section}.byIndicator.${id}`, value: id, message: message('methodology_indicator', { indicator: id, suggestion: suggest(id, indicatorIds) }) });
    }
  }
  return { methodology: parsed.data, problems };
}

/** zod's issues with the methodology → problems in the catalogue's words, quoting the bad value. */
export function methodologyProblems(issues: readonly z.core.$ZodIssue[], json: unknown, file: string): Problem[] {
  const defaults = Methodology.parse({}) as unknown;
  const at = (root: unknown, path: readonly PropertyKey[]) => path.reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<PropertyKey, unknown>)[k] : undefined), root);
  const out: Problem[] = [];
  for (const i of issues) {
    const base = i.path.map(String);
    if (i.code === 'unrecognized_keys') {
      const known = Object.keys((at(defaults, i.path) as object | undefined) ?? {});
      for (const key of i.keys) {
        const path = [...base, key].join('.');
        out.push({ code: 'methodology_value', severity: 'error', file, column: path, value: key,
          message: message('methodology_value', { path, reason: known.includes(key) ? 'is not a setting of this method (remove it)'
            : `unknown setting${known.length ? ` (expected one of: ${known.join(', ')})` : ''}${suggestText(suggest(key, known))}` }) });
      }
      continue;
    }
    const path = base.join('.') || '(top level)';
    const value = at(json, i.path);
    const shown = value === undefined ? '(missing)' : JSON.stringify(value);
    const expected = i.code === 'invalid_union' && 'options' in i ? `one of: ${(i.options as unknown[]).map(String).join(', ')}`
      : i.code === 'invalid_value' ? `one of: ${i.values.map(String).join(', ')}`
      : i.code === 'too_big' ? `at most ${String(i.maximum)}`
      : i.code === 'too_small' ? `at least ${String(i.minimum)}`
      : i.code === 'invalid_type' ? `a${/^[aeiou]/.test(i.expected) ? 'n' : ''} ${i.expected}`
      : i.message.charAt(0).toLowerCase() + i.message.slice(1);
    out.push({ code: 'methodology_value', severity: 'error', file, column: path, value: shown,
      message: message('methodology_value', { path, reason: `${shown} is not valid (expected ${expected})` }) });
  }
  return out;
}

const suggestText = (s: string | null) => (s ? `; did you mean "${s}"?` : '');

/** Line of a JSON.parse error, from the position it reports. */
function jsonLine(text: string, reason: string): number | undefined {
  const m = /position (\d+)/.exec(reason);
  if (!m) return undefined;
  return text.slice(0, Number(m[1])).split(/\r\n?|\n/).length;
}

/** Deeper JSON than this is refused before parsing: it cannot be settings, and would overflow the stack. */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of `[` and `{` in JSON text, strings skipped; one linear pass, no recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return max;
}
