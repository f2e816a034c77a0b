import type { Problem } from '../problems/problem.js';
import { showControls } from '../problems/controls.js';

/**
 * Control characters (ESC, BEL, CSI …) and direction overrides shown as `\uXXXX`, line breaks
 * and tabs as spaces, so that no value, file name or message drives the terminal.
 */
const visible = (s: string) => showControls(s).replace(/[\r\n\t]/g, ' ');

/**
 * The one formatter for problems: `file:line: message`, with the column when known, e.g.
 * `countries/MEX.csv:12: [answer] answer "yess" is not an option of … ; did you mean "yes"?`
 */
export function formatProblem(p: Problem): string {
  return visible(formatRaw(p));
}

function formatRaw(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  const column = p.column ? ` [${p.column}]` : '';
  const tag = p.severity === 'warning' ? ' warning:' : '';
  return `${where}:${tag}${column} ${p.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = problems.map(formatProblem);
  lines.push(`${errors} error(s), ${warnings} warning(s)`);
  return lines.join('\n');
}
