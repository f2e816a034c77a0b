import { describe, expect, it } from 'vitest';
import { en } from '../../../src/messages/report-en.js';
import { scorecardPdf, type ScorecardPdfOptions } from '../../../src/report/pdf/scorecard-pdf.js';
import { AR_STRINGS, arabicCard, emptyCard, longCard, radarOf } from './fixtures.js';

const INDEX = 'Ending Immigration Detention of Children Index';
const EN: ScorecardPdfOptions = { strings: en, locale: 'en', dir: 'ltr', radar: null, indexName: INDEX };
const AR: ScorecardPdfOptions = { strings: AR_STRINGS, locale: 'ar', dir: 'rtl', radar: null, indexName: INDEX };

/** Page objects, not the page tree (`/Type /Pages`). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0;
}

/** Names of the embedded fonts (`/BaseFont /ABCDEF+Name`), subset tags removed. */
function fonts(pdf: Buffer): string[] {
  const names = [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]!);
  return [...new Set(names)].sort();
}

describe('scorecardPdf', () => {
  const card = longCard();
  const pdf = scorecardPdf(card, { ...EN, radar: radarOf(card) });

  it('writes a PDF whose long justification runs over a page break', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(pdf.subarray(-8).toString('latin1')).toMatch(/%%EOF\s*$/);
  });

  it('gives the same bytes for the same input (no creation date, no document id)', () => {
    expect(scorecardPdf(card, { ...EN, radar: radarOf(card) }).equals(pdf)).toBe(true);
    expect(pdf.toString('latin1')).not.toMatch(/\/CreationDate|\/ModDate|\/ID\s*\[/);
  });

  it('embeds the bundled Noto fonts and no system font', () => {
    expect(fonts(pdf).length).toBeGreaterThan(0);
    expect(fonts(pdf).every((f) => f.startsWith('NotoSans'))).toBe(true);
  });

  it('puts the title and the creator in the metadata', () => {
    const text = pdf.toString('latin1');
    expect(text).toContain('/Creator (policy-index)');
    expect(text).toMatch(/\/Title \(Kandoria: scorecard, 2024 edition\)/);
  });

  it('draws right to left with Arabic strings, embedding Noto Sans Arabic, deterministically', () => {
    const ar = arabicCard();
    const a = scorecardPdf(ar, { ...AR, radar: radarOf(ar, { locale: 'ar', dir: 'rtl' }) });
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(a)).toBeGreaterThanOrEqual(2);
    expect(fonts(a)).toContain('NotoSansArabic-Regular');
    expect(fonts(a).every((f) => f.startsWith('NotoSans'))).toBe(true);
    expect(scorecardPdf(ar, { ...AR, radar: radarOf(ar, { locale: 'ar', dir: 'rtl' }) }).equals(a)).toBe(true);
  });

  it('does not throw for an empty card: no score, not ranked, no recommendations, changes or indicators', () => {
    const empty = scorecardPdf(emptyCard(), EN);
    expect(empty.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(empty)).toBe(1);
    expect(pageCount(scorecardPdf(emptyCard(), AR))).toBe(1);
  });

  it('numbers the pages "n / N" only after laying out every page (more text, more pages)', () => {
    const shorter = { ...card, indicators: card.indicators.map((i) => ({ ...i, justification: i.justification?.slice(0, 200) ?? null })) };
    expect(pageCount(scorecardPdf(shorter, EN))).toBeLessThan(pageCount(pdf));
  });
});
