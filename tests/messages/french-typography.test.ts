import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditStrings } from '../../src/analysis/audit/index.js';
import { readTranslations } from '../../src/io/translations.js';
import { languages } from '../../src/messages/languages.js';
import { loadProject } from '../../src/project.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Message } from '../../src/report/charts/strings.js';

/*
 * French typography (Imprimerie nationale, as the brief of issue 13 sets it): a narrow no-break
 * space (U+202F) before ; : ! ? and », and after «; never an ordinary space or a wide no-break
 * space (U+00A0) there, and never no space at all. Checked on every French string of the
 * catalogues and on the text of the French report's pages.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const fr = languages.fr!;

/** Each fault in `text` as "…context…" (empty when the text is right). */
function faults(text: string): string[] {
  const out: string[] = [];
  const rules = [
    /[ \u00A0][;:!?»]/g, // an ordinary or wide space before a high mark
    /«[ \u00A0]/g, // the same after «
    /[^\s\u202F\u00A0][;!?»](?=\s|$)/gu, // no space at all before ; ! ? »
    /[^\s\u202F\u00A0/]:(?=\s|$)/gu, // nor before a colon that ends a label (not 12:30 nor https://)
    /«[^\s\u202F\u00A0]/g, // nor after «
  ];
  for (const r of rules) for (const m of text.matchAll(r)) out.push(`…${text.slice(Math.max(0, m.index - 20), m.index + 20)}…`);
  return out;
}

/** Every string of a chart message (a plural message has one per form). */
const forms = (m: Message | undefined): string[] => (m === undefined ? [] : typeof m === 'string' ? [m] : Object.values(m).filter((x): x is string => typeof x === 'string'));

/** The text a reader sees in an HTML page, without anything marked English (lang="en"), scripts and styles. */
function visibleText(page: string): string {
  return page
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(\w+)\b[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/[ \t\r\n]+/g, ' ');
}

describe('French typography in the catalogues', () => {
  it('the test finds each kind of fault', () => {
    expect(faults('Score : 3 ; fin ? « cité »').length).toBe(5);
    expect(faults('Score: 3; fin? «cité»').length).toBe(5);
    expect(faults('Score\u00A0: 3')).toHaveLength(1);
    expect(faults('Score\u202F: 3\u202F; fin\u202F? «\u202Fcité\u202F» à 12:30, https://example.org')).toEqual([]);
  });

  it('report strings (report-fr.ts), audit strings included', () => {
    const wrong = Object.entries(fr.strings).flatMap(([k, v]) => faults(v).map((f) => `${k}: ${f}`));
    expect(wrong).toEqual([]);
    const audit = auditStrings(fr.strings, fr.locale);
    expect(audit.rules({ minCountries: 3, negativeBelow: 0, dominantFrom: 0.9, weakBelow: 0.5, alphaBelow: 0.7, firstShareBelow: 0.5 }).flatMap(faults)).toEqual([]);
  });

  it('chart strings (strings-fr.ts), every plural form', () => {
    const wrong = Object.entries(fr.chart).flatMap(([k, m]) => forms(m).flatMap((v) => faults(v).map((f) => `${k}: ${f}`)));
    expect(wrong).toEqual([]);
  });

  it('the framework in French (indicators/i18n/fr.csv)', async () => {
    const { table } = await readTranslations(root, 'fr');
    expect(table.size).toBeGreaterThan(100);
    const wrong = [...table].flatMap(([k, v]) => faults(v).map((f) => `${k}: ${f}`));
    expect(wrong).toEqual([]);
  });
});

describe('French typography in the French report of the shipped project', () => {
  const pages = new Map<string, string>();

  beforeAll(async () => {
    const loaded = await loadProject(root);
    // the evidence is in English, in English typography: a placeholder stands for it
    const dataset = { ...loaded.dataset!, answers: loaded.dataset!.answers.map((a) => ({ ...a, justification: a.justification && 'EVIDENCE', source: a.source && 'SOURCE' })) };
    const tr = (await readTranslations(root, 'fr')).table;
    const cards = new Set(dataset.countries.flatMap((c) => [`scorecards/fr/${c.iso3}.html`, `scorecards/fr/${c.iso3}.md`]));
    // the light pages only: left once the last scorecard page is planned, before any rendering
    for await (const f of buildReport(dataset, { languages: [fr], translations: { fr: tr } })) {
      if ('content' in f && typeof f.content === 'string' && /\.(html|md)$/.test(f.path) && !f.path.startsWith('evidence/')) pages.set(f.path, f.content);
      if ([...cards].every((c) => pages.has(c))) break;
    }
  }, 60_000);

  it('has the overview, rankings, charts, audit and every scorecard in HTML and Markdown', () => {
    for (const p of ['index.html', 'ranking/index.html', 'charts/index.html', 'audit/index.html', 'scorecards/fr/MEX.html', 'scorecards/fr/MEX.md']) expect(pages.has(p), p).toBe(true);
  });

  it('no page has an ordinary or wide no-break space, or none, where a narrow one belongs', () => {
    const wrong: string[] = [];
    for (const [path, content] of pages) {
      // Markdown: without the alignment rows of tables (| ---: |)
      const text = path.endsWith('.html') ? visibleText(content) : content.split('\n').filter((l) => !/^\|[-:| ]+\|$/.test(l)).join('\n');
      for (const f of faults(text)) wrong.push(`${path}: ${f}`);
    }
    expect(wrong).toEqual([]);
  });
});
