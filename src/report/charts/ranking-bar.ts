import type { ChartConfiguration } from 'chart.js';
import { axisTitle, captions, chartWords, common, heightFor, padEnd, legendOptions, marksBase, ticks } from './base.js';
import { bandOrder, bandStyles, estimateTextWidth } from './bands.js';
import { byValueDesc, competitionRanks, context, type Ctx } from './format.js';
import type { TextMark, HatchMark } from './marks.js';
import { theme } from './theme.js';
import type { ChartOptions, ChartSpec } from './types.js';

export interface RankingItem {
  label: string;
  /** Score, or null when the country could not be scored. */
  value: number | null;
  /** Band label of the score; shown in the legend and next to the value. */
  band?: string | null;
  /** Rank to show; when absent, competition ranks are computed from `value` (ties share a rank). */
  rank?: number | null;
  /** Plausible rank interval (e.g. from an uncertainty analysis), printed after the value. */
  interval?: { low: number; high: number } | null;
  /** The score rests on fewer answers than the framework asks for: marked † after the value, as in the tables. */
  shortfall?: boolean;
  /** The score includes answers carried forward from the previous edition: marked ‡ after the value. */
  carried?: boolean;
}

export interface RankingOptions extends ChartOptions {
  /** Band labels, lowest first; default: the bands found, ordered by their mean score. */
  bands?: string[];
  /** Words for the measure in the alt text; default the catalogue's "overall score". */
  measure?: string;
  axisTitle?: string;
  /** Value axis range; default 0–100. */
  min?: number;
  max?: number;
  /** Show countries without a score at the bottom, marked "no data"; default true. */
  includeMissing?: boolean;
}

/**
 * Horizontal bars of countries by score, highest first, coloured by band, each bar labelled with
 * its value and band in words. Ties are ordered by name and share a rank; countries without a
 * score come last (hatched row marked "no data") and are counted in the alt text. A score resting
 * on fewer answers is marked †, one with carried-forward answers ‡, each explained in a note
 * and counted in the alt text, as in the tables.
 */
export function rankingBar(items: readonly RankingItem[], options: RankingOptions = {}): ChartSpec {
  const ctx = context(options);
  const min = options.min ?? 0;
  const max = options.max ?? 100;
  const sorted = byValueDesc(items, (d) => d.value, (d) => d.label, ctx.locale);
  const computed = competitionRanks(sorted.map((d) => d.value));
  const rows = sorted
    .map((d, i) => ({ ...d, rank: d.rank !== undefined ? d.rank : (computed[i] ?? null) }))
    .filter((d) => d.value !== null || options.includeMissing !== false);
  const scored = rows.filter((d) => d.value !== null);
  const missingCount = items.filter((d) => d.value === null).length;

  const styles = bandStyles(bandOrder(items, options.bands));
  const hasUnbanded = scored.some((d) => d.band == null);
  const series = [
    ...styles.map((s) => ({ key: s.label as string | null, ...s })),
    ...(hasUnbanded || styles.length === 0
      ? [{ key: null, label: options.measure ?? ctx.msg('colScore'), colour: theme.categorical[4], border: theme.categorical[4] }]
      : []),
  ];
  const seriesOf = (band: string | null | undefined) => {
    const i = series.findIndex((s) => s.key === (band ?? null));
    return i >= 0 ? i : series.length - 1;
  };

  const labels = rows.map((d) => (d.rank !== null && d.value !== null ? `${ctx.int(d.rank)}  ${d.label}` : d.label));
  const datasets = series.map((s, si) => ({
    type: 'bar' as const,
    label: s.label,
    data: rows.map((d) => (d.value !== null && seriesOf(d.band) === si ? d.value : null)),
    backgroundColor: s.colour,
    borderColor: s.border,
    borderWidth: 1,
    grouped: false,
    barPercentage: 0.78,
    categoryPercentage: 1,
  }));

  const valueText = (d: (typeof rows)[number]) =>
    [
      d.value === null ? ctx.num(d.value) : `${ctx.num(d.value)}${d.shortfall ? '†' : ''}${d.carried ? '‡' : ''}`,
      d.band ?? null,
      d.interval ? ctx.msg(d.interval.low === d.interval.high ? 'rankingRangeOne' : 'rankingRange', { low: ctx.int(d.interval.low), high: ctx.int(d.interval.high) }) : null,
    ]
      .filter((p): p is string => p !== null)
      .join(' · ');
  const marks: TextMark[] = rows.map((d, index) => ({
    datasetIndex: d.value === null ? 0 : seriesOf(d.band),
    index,
    text: valueText(d),
    place: 'end',
    color: d.value === null ? theme.mutedText : theme.text,
  }));
  const hatch: HatchMark[] = [];

  // Room beyond the longest bars for their labels (estimated, erring wide: the plot area is
  // taken as the width minus the widest category label).
  const plotWidth =
    theme.size.width - 40 - Math.max(0, ...labels.map((l) => estimateTextWidth(l, theme.fontSize.tick)));
  const overflow = Math.max(
    16,
    ...rows.map((d) => estimateTextWidth(valueText(d), theme.fontSize.label) + 10 - ((max - (d.value ?? min)) / (max - min)) * plotWidth),
  );

  const shortfalls = scored.filter((d) => d.shortfall).length;
  const carriedCount = scored.filter((d) => d.carried).length;
  const measure = options.measure ?? ctx.msg('rankingMeasure');
  const words = chartWords(ctx, options, {
    finding: rankingFinding(ctx, scored, styles[0]?.label ?? null),
    subtitle: ctx.msg('rankingSubtitle', { measure: capitalise(measure, ctx.locale) }),
    notes: [
      ctx.msg('rankingNote'),
      ...(shortfalls > 0 ? [ctx.msg('rankingNoteShortfall')] : []),
      ...(carriedCount > 0 ? [ctx.msg('rankingNoteCarried')] : []),
    ],
  });
  const caps = captions(words, ctx, theme.size.width);
  const title = words.title;
  const height = heightFor(rows.length, 190) + caps.height;
  const base = common(ctx);
  const config = {
    type: 'bar',
    data: { labels, datasets },
    options: {
      ...base,
      indexAxis: 'y' as const,
      layout: { padding: padEnd(ctx.rtl, Math.min(overflow, 420)) },
      scales: {
        x: {
          min,
          max,
          reverse: ctx.rtl,
          title: axisTitle(options.axisTitle ?? ctx.msg('rankingAxis')),
          ticks: ticks(),
          grid: { color: theme.grid },
          border: { color: theme.axis },
        },
        y: {
          position: ctx.rtl ? ('right' as const) : ('left' as const),
          ticks: { ...ticks(), autoSkip: false },
          grid: { display: false },
          border: { color: theme.axis },
        },
      },
      plugins: {
        ...base.plugins,
        ...caps.plugins,
        // every bar is labelled with its score and band: no legend needed
        legend: legendOptions(ctx, false),
        piMarks: { ...marksBase(ctx), marks, hatch },
      },
    },
  } as unknown as ChartConfiguration;

  const hasIntervals = rows.some((d) => d.interval);
  const columns = [ctx.msg('colRank'), ctx.msg('colCountry'), ctx.msg('colScore'), ctx.msg('colBand')];
  if (hasIntervals) columns.push(ctx.msg('colRankLow'), ctx.msg('colRankHigh'));
  const table = rows.map((d) => {
    const row: (string | number | null)[] = [d.value === null ? null : d.rank, d.label, d.value, d.band ?? null];
    if (hasIntervals) row.push(d.interval?.low ?? null, d.interval?.high ?? null);
    return row;
  });

  const first = scored[0];
  const last = scored[scored.length - 1];
  const alt = [
    first && last
      ? ctx.msg('rankingAlt', {
          count: scored.length,
          measure,
          first: first.label,
          firstValue: ctx.num(first.value),
          last: last.label,
          lastValue: ctx.num(last.value),
        })
      : ctx.msg('rankingAltNone', { measure }),
    missingCount > 0 ? ctx.msg('rankingAltMissing', { count: missingCount }) : null,
    styles.length > 0
      ? ctx.msg('altBands', {
          bands: [...styles]
            .reverse()
            .map((s) => `${s.label} (${ctx.int(scored.filter((d) => d.band === s.label).length)})`)
            .join(', '),
        })
      : null,
    shortfalls > 0 ? ctx.msg('rankingAltShortfall', { n: ctx.int(shortfalls) }) : null,
    carriedCount > 0 ? ctx.msg('rankingAltCarried', { n: ctx.int(carriedCount) }) : null,
  ]
    .filter((s): s is string => s !== null)
    .join(' ');

  return {
    id: options.id ?? 'ranking',
    title,
    subtitle: words.subtitle,
    source: words.source,
    notes: words.notes,
    alt,
    config,
    data: { columns, rows: table },
    width: theme.size.width,
    height,
  };
}

/**
 * The ranking's finding: who leads (all countries sharing the top rank) and how many are in the
 * lowest band, or, when none is, who comes last.
 * @example "Portugal leads with 82.0; 9 of 21 countries are rated Minimal"
 */
function rankingFinding(ctx: Ctx, scored: readonly { label: string; value: number | null; band?: string | null }[], lowest: string | null): string {
  const first = scored[0];
  const last = scored[scored.length - 1];
  if (!first || !last || first.value === null) return ctx.msg('rankingTitle');
  const leaders = scored.filter((d) => d.value === first.value).map((d) => d.label);
  const lead = leaders.length > 1
    ? ctx.msg('rankingLeadTie', { first: new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(leaders), value: ctx.num(first.value) })
    : ctx.msg('rankingLead', { first: first.label, value: ctx.num(first.value) });
  const inLowest = lowest === null ? 0 : scored.filter((d) => d.band === lowest).length;
  const rest = inLowest > 0 && lowest !== null
    ? ctx.msg('rankingLowest', { count: ctx.int(inLowest), total: ctx.int(scored.length), band: lowest })
    : ctx.msg('rankingLast', { last: last.label, value: ctx.num(last.value) });
  return scored.length > 1 ? ctx.msg('findingJoin', { a: lead, b: rest }) : lead;
}

/** The first letter in upper case, for a phrase that starts a sentence. */
export function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
