import type { ChartStrings } from './strings.js';

/**
 * The chart strings in Arabic (same keys as `EN`). Counted messages have all six Arabic plural
 * forms: zero, one (1), two (2), few (3–10: plural noun), many (11–99: singular accusative),
 * other (100+, fractions: singular genitive). The number is implied by the word in zero/one/two.
 */
export const AR: Partial<ChartStrings> = {
  missing: 'لا توجد بيانات',
  notApplicable: 'لا ينطبق',
  colCountry: 'البلد',
  colScore: 'الدرجة',
  colBand: 'المستوى',
  colRank: 'المرتبة',
  colRankLow: 'أفضل مرتبة',
  colRankHigh: 'أدنى مرتبة',
  colDimension: 'البُعد',
  colIndicator: 'المؤشر',
  colAnswer: 'الإجابة',
  colCountries: 'البلدان',
  colChange: 'التغيّر',
  colComparison: 'المقارنة',

  rankingTitle: 'الدرجة الإجمالية حسب البلد',
  rankingAxis: 'الدرجة (0–100)',
  rankingMeasure: 'الدرجة الإجمالية',
  rankingRange: 'المراتب {low}–{high}',
  rankingRangeOne: 'المرتبة {low} في كل الحالات',
  rankingAlt: 'رسم بياني شريطي يرتّب {count} من البلدان حسب {measure}، من {first} ({firstValue}) إلى {last} ({lastValue}).',
  rankingAltNone: 'رسم بياني شريطي حسب {measure}: لا توجد درجة لأي بلد.',
  rankingAltMissing: {
    zero: 'لا يوجد بلد غير مصنّف لنقص البيانات.',
    one: 'بلد واحد غير مصنّف لنقص البيانات.',
    two: 'بلدان اثنان غير مصنّفين لنقص البيانات.',
    few: '{count} بلدان غير مصنّفة لنقص البيانات.',
    many: '{count} بلدًا غير مصنّف لنقص البيانات.',
    other: '{count} بلد غير مصنّف لنقص البيانات.',
  },
  altBands: 'المستويات: {bands}.',

  heatmapTitle: 'الدرجات حسب البُعد',
  heatmapBin: '{from}–{to}',
  heatmapAlt:
    'خريطة حرارية لـ{rows} من البلدان على {cols} من الأبعاد، تُظهر كل خلية منها درجتها، من {min} إلى {max}؛ وتدل الخلايا الأغمق على الدرجات الأدنى.',
  heatmapAltNone: 'خريطة حرارية لـ{rows} من البلدان على {cols} من الأبعاد: لا توجد درجات.',
  heatmapAltMissing: {
    zero: 'لا توجد خلية بلا بيانات.',
    one: 'خلية واحدة بلا بيانات.',
    two: 'خليتان بلا بيانات.',
    few: '{count} خلايا بلا بيانات.',
    many: '{count} خلية بلا بيانات.',
    other: '{count} خلية بلا بيانات.',
  },

  radarTitle: '{name}: الدرجات حسب البُعد',
  radarComparison: 'متوسط جميع البلدان',
  radarComparisonShort: 'المتوسط',
  radarAlt:
    'رسم بياني راداري لدرجات {name} على {count} من الأبعاد (0–100): الأعلى {maxLabel} ({maxValue})، والأدنى {minLabel} ({minValue}).',
  radarAltNone: 'رسم بياني راداري لـ{name} على {count} من الأبعاد: لا توجد درجات.',
  radarAltComparison: 'الخط المتقطّع: {comparison}.',
  radarAltMissing: {
    zero: 'لا يوجد بُعد بلا بيانات.',
    one: 'بُعد واحد بلا بيانات.',
    two: 'بُعدان بلا بيانات.',
    few: '{count} أبعاد بلا بيانات.',
    many: '{count} بُعدًا بلا بيانات.',
    other: '{count} بُعد بلا بيانات.',
  },

  changeTitle: 'التغيّر في الدرجة الإجمالية، من {from} إلى {to}',
  changeAxis: 'الدرجة (0–100)',
  changeAlt:
    'رسم بياني بنقاط موصولة (دمبل) للتغيّر في درجات {count} من البلدان من {from} إلى {to}: تحسّن {up}، وتراجع {down}، وبقي {same} دون تغيير.',
  changeAltNone: 'رسم بياني بنقاط موصولة من {from} إلى {to}: لا يوجد بلد له درجة في كلا الإصدارين.',
  changeImproved: 'تحسّن',
  changeDeclined: 'تراجع',
  changeOnly: '{edition} فقط',
  changeAltBest: 'أكبر تقدّم: {name} ({delta}).',
  changeAltWorst: 'أكبر تراجع: {name} ({delta}).',
  changeAltMissing: {
    zero: 'لا يوجد بلد يفتقر إلى درجة في أحد الإصدارين.',
    one: 'بلد واحد يفتقر إلى درجة في أحد الإصدارين.',
    two: 'بلدان اثنان يفتقران إلى درجة في أحد الإصدارين.',
    few: '{count} بلدان تفتقر إلى درجة في أحد الإصدارين.',
    many: '{count} بلدًا يفتقر إلى درجة في أحد الإصدارين.',
    other: '{count} بلد يفتقر إلى درجة في أحد الإصدارين.',
  },

  linkSvg: 'صورة متّجهية (SVG)',
  linkCsv: 'البيانات (CSV)',

  distributionTitle: 'الإجابات حسب المؤشر',
  distributionAxis: 'عدد البلدان',
  distributionAlt: 'رسم بياني شريطي مكدّس لإجابات {countries} من البلدان عن {count} من المؤشرات.',
  distributionAltMissing: 'أكثر البيانات نقصًا: {name} ({missing} من أصل {countries}).',
};
