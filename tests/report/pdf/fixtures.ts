/** Hand-built scorecards for the PDF tests: a long one, an empty one, and Arabic strings. */
import { en, type Strings } from '../../../src/messages/report-en.js';
import { radar } from '../../../src/report/charts/radar.js';
import type { ChartSpec } from '../../../src/report/charts/types.js';
import type { IndicatorLine, Scorecard } from '../../../src/report/model/scorecard.js';

const LONG = Array.from({ length: 40 }, (_, k) =>
  `Paragraph ${k + 1} of the evidence: the law allows the detention of children with their families for up to 28 days, and the monitoring body found that the limit was exceeded in several centres during the period under review.`,
).join(' ');

function indicator(id: string, dimension: string, over: Partial<IndicatorLine>): IndicatorLine {
  return {
    id, name: id, dimension, question: null, answer: 'Yes', kind: 'answered', partial: false, score: 100,
    justification: null, source: null, sourceUrls: [], sourceDate: null, sourceKinds: [], flags: [], ...over,
  };
}

/** Two dimensions, five indicators (one with a justification several pages long, one missing, one n/a). */
export function longCard(): Scorecard {
  return {
    iso3: 'XKA', name: 'Kandoria', region: 'Europe', edition: 2024, previous: 2018,
    score: 47.25, rank: 3, rankedCount: 12, band: 'Partial', ...{ bandKey: 'Partial' }, ranked: true,
    coverage: { answered: 3, missing: 1, na: 1, share: 0.75 } as Scorecard['coverage'],
    tied: false, carried: [],
    change: { score: 6.5, rank: 2, likeForLike: { score: 4.25, compared: 3, applicable: 4 } }, interval: [2, 5],
    dimensions: [
      { id: 'law', name: 'Legal framework', score: 62.5, rank: 2, average: 55.1, answered: 2, applicable: 2 },
      { id: 'practice', name: 'Practice', score: 32, rank: 6, average: 41.75, answered: 1, applicable: 2 },
    ],
    indicators: [
      indicator('Prohibition of child immigration detention in law', 'law', {
        question: 'Does the law prohibit the immigration detention of children?', answer: 'Partly: families only', partial: true, score: 50,
        justification: LONG, source: 'Immigration Act 2019, section 12', sourceDate: '2023-11-02',
        sourceUrls: ['https://www.legislation.example.org/acts/2019/immigration/section-12/a-very-long-path-that-must-break-across-lines-because-it-is-wider-than-the-column?query=child&lang=en', 'https://example.org/2'],
      }),
      indicator('Time limit on detention', 'law', { answer: 'Yes', score: 75, justification: 'A 28-day limit applies.', source: 'Government reply', sourceDate: '2025-01-15', sourceUrls: ['https://example.org/reply'], sourceKinds: ['government'], flags: ['after_reference', 'copied'] }),
      indicator('Alternatives to detention', 'practice', { answer: null, kind: 'missing', score: null }),
      indicator('Age assessment safeguards', 'practice', { answer: null, kind: 'na', score: null, justification: 'No age assessment procedure exists.' }),
      indicator('Independent monitoring', 'practice', { answer: 'No', score: 0, source: 'NGO report', sourceUrls: [] }),
    ],
    changes: [
      { id: 'time', name: 'Time limit on detention', before: 'No', after: 'Yes', delta: 25, justification: 'Introduced by the 2021 amendment.' },
      { id: 'alt', name: 'Alternatives to detention', before: 'Partly', after: null, delta: null, justification: null },
    ],
    recommendations: [
      { id: 'ban', name: 'Prohibition of child immigration detention in law', text: 'Prohibit the immigration detention of children in law, without exceptions.', priority: 1, gain: 4, score: 50 },
      { id: 'mon', name: 'Independent monitoring', text: 'Give an independent body access to every place where children are held.', priority: null, gain: 8.333, score: 0 },
    ],
    referenceDate: '2024-12-31',
    evidenceMissing: [{ id: 'alt', name: 'Alternatives to detention' }],
  };
}

/** Nothing to show: no score, not ranked, no previous edition, no recommendations, no indicators answered. */
export function emptyCard(): Scorecard {
  return {
    iso3: 'XEM', name: 'Emptyland', region: null, edition: 2024, previous: null,
    score: null, rank: null, rankedCount: 12, band: null, ...{ bandKey: null }, ranked: false,
    coverage: { answered: 0, missing: 0, na: 0, share: 0 } as Scorecard['coverage'],
    tied: false, carried: [], change: null, interval: null, dimensions: [], indicators: [], changes: [], recommendations: [], evidenceMissing: [], referenceDate: '2024-12-31',
  };
}

export function radarOf(card: Scorecard, o: { locale?: string; dir?: 'ltr' | 'rtl' } = {}): ChartSpec {
  return radar({ name: card.name, axes: card.dimensions.map((d) => ({ label: d.name, value: d.score, comparison: d.average })) }, o);
}

/** A few Arabic report strings over English (not a full translation). */
export const AR_STRINGS: Strings = {
  ...en,
  'card.title': '{country}: بطاقة الأداء، إصدار {edition}',
  'card.score': 'النتيجة الإجمالية',
  'card.rank': 'الترتيب',
  'card.rankOf': '{rank} من {count}',
  'card.rankInterval': 'المرتبة {rank}، على الأرجح {low}–{high}',
  'card.band': 'الفئة',
  'card.coverage': 'تغطية البيانات',
  'card.dimensions': 'النتائج حسب البعد',
  'card.recommendations': 'التوصيات',
  'card.indicators': 'كل مؤشر مع أدلته',
  'col.score': 'النتيجة',
  'col.dimension': 'البعد',
  'col.rank': 'الترتيب',
  'col.source': 'المصدر',
  'value.missing': 'لا توجد أدلة',
  'value.na': 'لا ينطبق',
};

/** The long card with Arabic country, band and dimension names (the band keeps its key 'Partial'). */
export function arabicCard(): Scorecard {
  const card = longCard();
  return {
    ...card, name: 'كاندوريا', band: 'جزئي',
    dimensions: card.dimensions.map((d, k) => ({ ...d, name: ['الإطار القانوني', 'الممارسة'][k]! })),
  };
}
