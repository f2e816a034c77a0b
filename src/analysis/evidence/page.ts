import type { Dataset } from '../../schema/dataset.js';
import { evidenceText as L } from '../../messages/cli.js';
import { html } from '../../report/html/html.js';
import { page } from '../../report/pages/layout.js';
import { tableHtml } from '../../report/pages/table-html.js';
import { toCsv } from '../../report/format/csv.js';
import { toJson } from '../../report/format/json.js';
import { toMarkdown } from '../../report/format/markdown.js';
import type { OutputFile } from '../../report/plan/types.js';
import { evidenceFlags } from '../../validate/evidence/flags.js';
import { evidenceTables } from './tables.js';

/**
 * The evidence page of the report (evidence/index.html) and its tables as CSV, JSON and
 * Markdown: the dataset-wide figures, the flags per country, and every flagged answer with its
 * file, line and message, so a reviewer can go straight to the row. Pure.
 */
export function evidenceFiles(dataset: Dataset, o: { root: string; nav: { home: string; ranking: string; charts: string }; scorecards: string }): OutputFile[] {
  const tables = evidenceTables(dataset, evidenceFlags(dataset), L.scopeAll);
  const files: OutputFile[] = [];
  const names = { figures: tables.figures, countries: tables.byCountry, answers: tables.byAnswer } as const;
  for (const [name, table] of Object.entries(names)) {
    files.push({ path: `evidence/${name}.csv`, content: toCsv(table) }, { path: `evidence/${name}.json`, content: toJson(table) }, { path: `evidence/${name}.md`, content: toMarkdown(table) });
  }
  const downloads = (name: string) => html`<p class="note">${['csv', 'json', 'md'].map((ext, k) => html`${k ? ' · ' : ''}<a href="${name}.${ext}">${ext.toUpperCase()}</a>`)}</p>`;
  const body = html`<h1>${L.pageTitle}</h1>
<p>${L.pageLead}</p>
<h2>${tables.figures.title ?? ''}</h2>${downloads('figures')}
${tableHtml({ ...tables.figures, title: undefined })}
${(tables.figures.notes ?? []).map((n) => html`<p class="note">${n}</p>`)}
<h2>${tables.byCountry.title ?? ''}</h2>${downloads('countries')}
${tableHtml({ ...tables.byCountry, title: undefined }, (iso3) => `${o.root}scorecards/${o.scorecards}/${iso3}.html`)}
<h2>${tables.byAnswer.title ?? ''}</h2>${downloads('answers')}
${tableHtml({ ...tables.byAnswer, title: undefined })}`;
  files.push({ path: 'evidence/index.html', content: page({ lang: 'en', dir: 'ltr', title: L.pageTitle, root: o.root, nav: o.nav, body }) });
  return files;
}
