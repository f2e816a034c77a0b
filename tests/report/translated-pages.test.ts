import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditCharts, auditIndex, auditStrings } from '../../src/analysis/audit/index.js';
import { buildIndex } from '../../src/engine/build-index.js';
import type { ExplorerData } from '../../src/explorer/data.js';
import { readTranslations } from '../../src/io/translations.js';
import { languages } from '../../src/messages/languages.js';
import { en, type MessageKey } from '../../src/messages/report-en.js';
import { loadProject } from '../../src/project.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Dataset } from '../../src/schema/dataset.js';

/*
 * The French, Spanish and Arabic reports of the shipped project carry no English words from the
 * audit's catalogue (the `audit.*` messages) or from the region names of countries.csv. Only the
 * light pages are built (the generator is left before any chart or scorecard is rendered).
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const codes = ['fr', 'es', 'ar'] as const;
const auditKeys = (Object.keys(en) as MessageKey[]).filter((k) => k.startsWith('audit.'));

/** The text a reader sees: tags removed, the five entities `html` writes decoded, ASCII white space collapsed (no-break spaces are kept). */
function visibleText(page: string): string {
  return page
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/[ \t\r\n]+/g, ' ');
}

/**
 * The English phrases of the audit catalogue that the language does not share: each English
 * template cut at its placeholders, pieces of at least two words, for the keys whose text differs
 * in the language (a word both languages write alike, such as "Dimension", is not English).
 */
function englishPhrases(code: string): string[] {
  const strings = languages[code]!.strings;
  return auditKeys
    .filter((k) => strings[k] !== en[k])
    .flatMap((k) => en[k].split(/\{\w+\}/))
    .map((p) => p.trim().replace(/^[,.;:()]+|[,.;:()]+$/g, '').trim())
    .filter((p) => /\p{L}{2,}\W+\p{L}{2,}/u.test(p));
}

describe.each(codes)('the %s report', (code) => {
  let dataset: Dataset;
  let tr: Map<string, string>;
  const files = new Map<string, string>();

  beforeAll(async () => {
    const loaded = await loadProject(root);
    dataset = loaded.dataset!;
    tr = (await readTranslations(root, code)).table;
    const wanted = ['audit/index.html', 'explorer/data.json'];
    for await (const f of buildReport(dataset, { languages: [languages[code]!], translations: { [code]: tr } })) {
      if (wanted.includes(f.path) && 'content' in f && typeof f.content === 'string') files.set(f.path, f.content);
      if (wanted.every((w) => files.has(w))) break;
    }
  }, 60_000);

  it('has an audit page in the language, with none of the English audit phrases', () => {
    const page = files.get('audit/index.html')!;
    expect(page).toMatch(new RegExp(`<html lang="${languages[code]!.locale}"`));
    const text = visibleText(page);
    const phrases = englishPhrases(code);
    expect(phrases.length).toBeGreaterThan(40);
    expect(phrases.filter((p) => text.includes(p))).toEqual([]);
    // and the translated words are there: the title and every heading
    const s = auditStrings(languages[code]!.strings, languages[code]!.locale);
    for (const h of Object.values(s.headings)) expect(text).toContain(h);
  });

  it('in a report of all four languages (English first), has its own audit page, linked from its overview', async () => {
    const all = ['en', 'fr', 'es', 'ar'].map((c) => languages[c]!);
    const translations = Object.fromEntries(await Promise.all(all.map(async (l) => [l.code, (await readTranslations(root, l.code)).table] as const)));
    const got = new Map<string, string>();
    const wanted = [`${code}/audit/index.html`, `${code}/index.html`];
    for await (const f of buildReport(dataset, { languages: all, translations })) {
      if (wanted.includes(f.path) && 'content' in f && typeof f.content === 'string') got.set(f.path, f.content);
      if (wanted.every((w) => got.has(w))) break;
    }
    const page = got.get(`${code}/audit/index.html`)!;
    expect(page).toMatch(new RegExp(`<html lang="${languages[code]!.locale}"`));
    expect(englishPhrases(code).filter((p) => visibleText(page).includes(p))).toEqual([]);
    expect(page).toContain('src="audit-dimensions.svg"');
    expect(page).toContain('href="../../assets/style.css"');
    expect(got.get(`${code}/index.html`)).toContain('href="audit/index.html"');
  }, 60_000);

  it('draws the audit charts with captions in the language', () => {
    const s = auditStrings(languages[code]!.strings, languages[code]!.locale);
    const specs = auditCharts(auditIndex(buildIndex(dataset)), { strings: s, locale: languages[code]!.locale, indexTitle: 'X' });
    const phrases = englishPhrases(code);
    for (const spec of specs) {
      const words = [spec.title, spec.subtitle, spec.source, ...spec.notes, spec.alt].join(' ');
      expect(phrases.filter((p) => words.includes(p)), spec.id).toEqual([]);
    }
  });

  it('names every region in the language in the explorer', () => {
    const data = JSON.parse(files.get('explorer/data.json')!) as ExplorerData;
    const regions = [...new Set(dataset.countries.map((c) => c.region).filter((r): r is string => r !== null))].sort();
    const l = data.languages.find((x) => x.code === code)!;
    expect(Object.keys(l.regions)).toEqual(regions);
    for (const r of regions) expect(l.regions[r], r).toBe(tr.get(`region.${r}`));
    // all but Europe (Europe in French too) differ from the English
    expect(regions.filter((r) => l.regions[r] === r).filter((r) => code === 'ar' || r !== 'Europe')).toEqual([]);
  });
});
