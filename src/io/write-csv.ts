/** Rows → CSV text for a project file: header first, LF line ends, quoting only where needed. */
export function projectCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);
  return `${[columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c] ?? '')).join(','))].join('\n')}\n`;
}
