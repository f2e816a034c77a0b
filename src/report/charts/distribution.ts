import type { ChartConfiguration } from 'chart.js';
import { axisTitle, captions, chartWords, common, legendOptions, marksBase, padEnd, ticks, wrap } from './base.js';
import { context } from './format.js';
import type { HatchMark, TextMark } from './marks.js';
import { bandColour, bandText, theme } from './theme.js';
import type { ChartOptions, ChartSpec } from './types.js';

export interface DistributionItem {
  /** Indicator name. */
  label: string;
  /** Countries per answer option, in the scale's order from worst to best. */
  answers: { label: string; count: number }[];
  /** Countries with no answer. */
  missing: number;
  /** Countries for which the indicator does not apply. */
  na: number;
}

export type DistributionOptions = ChartOptions;

const ROW_HEIGHT = 44;

/**
 * Per indicator, a stacked horizontal bar of how many countries gave each answer, worst to best
 * on the sequential ramp, then "no data" (grey, hatched) and "not applicable" (light grey).
 * Segments are labelled "answer n" in words (just n when that does not fit). When all indicators
 * share the same answer options the legend also names them (for the segments too narrow for a
 * word); otherwise the segments alone do.
 */
export function distribution(items: readonly DistributionItem[], options: DistributionOptions = {}): ChartSpec {
  const ctx = context(options);
  const width = Math.max(0, ...items.map((d) => d.answers.length));
  const firstScale = items[0]?.answers.map((a) => a.label).join('\u0000');
  const shared = items.every((d) => d.answers.map((a) => a.label).join('\u0000') === firstScale);

  const marks: TextMark[] = [];
  const hatch: HatchMark[] = [];
  const answerSets = Array.from({ length: width }, (_, j) => ({
    type: 'bar' as const,
    label: shared ? (items[0]?.answers[j]?.label ?? '') : '',
    data: items.map((d) => d.answers[j]?.count ?? null),
    backgroundColor: items.map((d) => bandColour(j, d.answers.length)),
    borderColor: theme.background,
    borderWidth: 1,
  }));
  items.forEach((d, index) =>
    d.answers.forEach((a, j) => {
      if (a.count > 0) {
        marks.push({
          datasetIndex: j,
          index,
          // direct labels: the answer and its count where the segment has room, else the count
          text: `${a.label} ${ctx.int(a.count)}`,
          short: ctx.int(a.count),
          place: 'center',
          color: bandText(j, d.answers.length),
        });
      }
    }),
  );
  const missingSet = {
    type: 'bar' as const,
    label: ctx.msg('missing'),
    data: items.map((d) => d.missing),
    backgroundColor: theme.missing,
    borderColor: theme.background,
    borderWidth: 1,
  };
  const naSet = { ...missingSet, label: ctx.msg('notApplicable'), data: items.map((d) => d.na), backgroundColor: theme.notApplicable };
  items.forEach((d, index) => {
    if (d.missing > 0) {
      hatch.push({ datasetIndex: width, index });
      marks.push({ datasetIndex: width, index, text: ctx.int(d.missing), place: 'center', color: theme.text });
    }
    if (d.na > 0) marks.push({ datasetIndex: width + 1, index, text: ctx.int(d.na), place: 'center', color: theme.text });
  });

  const totals = items.map((d) => d.answers.reduce((s, a) => s + a.count, 0) + d.missing + d.na);
  const countries = Math.max(0, ...totals);
  const worst = [...items].sort((a, b) => b.missing - a.missing)[0];
  const words = chartWords(ctx, options, {
    finding: items.length === 0
      ? ctx.msg('distributionTitle')
      : worst && worst.missing > 0
        ? ctx.msg('distributionFinding', { name: worst.label, missing: ctx.int(worst.missing), countries: ctx.int(countries) })
        : ctx.msg('distributionFindingFull'),
    subtitle: ctx.msg('distributionSubtitle'),
    notes: [ctx.msg('distributionNote')],
  });
  const caps = captions(words, ctx, theme.size.width);
  const title = words.title;
  const base = common(ctx);
  const config = {
    type: 'bar',
    data: { labels: items.map((d) => wrap(d.label, 34)), datasets: [...answerSets, missingSet, naSet] },
    options: {
      ...base,
      indexAxis: 'y' as const,
      layout: { padding: padEnd(ctx.rtl, 12) },
      scales: {
        x: {
          stacked: true,
          min: 0,
          max: countries,
          reverse: ctx.rtl,
          title: axisTitle(ctx.msg('distributionAxis')),
          ticks: { ...ticks(), precision: 0 },
          grid: { color: theme.grid },
          border: { color: theme.axis },
        },
        y: {
          stacked: true,
          position: ctx.rtl ? 'right' : 'left',
          ticks: { ...ticks(), autoSkip: false },
          grid: { display: false },
          border: { color: theme.axis },
        },
      },
      plugins: {
        ...base.plugins,
        ...caps.plugins,
        legend: {
          ...legendOptions(ctx, true),
          // Unshared scales: answer datasets have no single name, so only "no data" and "n/a" are listed.
          labels: { ...legendOptions(ctx).labels, filter: shared ? undefined : (item: { text: string }) => item.text !== '' },
        },
        piMarks: { ...marksBase(ctx), marks, hatch },
      },
    },
  } as unknown as ChartConfiguration;

  const alt = [
    ctx.msg('distributionAlt', { countries, count: items.length }),
    worst && worst.missing > 0
      ? ctx.msg('distributionAltMissing', { name: worst.label, missing: ctx.int(worst.missing), countries: ctx.int(countries) })
      : null,
  ]
    .filter((s): s is string => s !== null)
    .join(' ');

  return {
    id: options.id ?? 'distribution',
    title,
    subtitle: words.subtitle,
    source: words.source,
    notes: words.notes,
    alt,
    config,
    data: {
      columns: [ctx.msg('colIndicator'), ctx.msg('colAnswer'), ctx.msg('colCountries')],
      rows: items.flatMap((d) => [
        ...d.answers.map((a) => [d.label, a.label, a.count]),
        [d.label, ctx.msg('missing'), d.missing],
        [d.label, ctx.msg('notApplicable'), d.na],
      ]),
    },
    width: theme.size.width,
    height: Math.max(theme.size.height, 200 + items.length * ROW_HEIGHT) + caps.height,
  };
}
