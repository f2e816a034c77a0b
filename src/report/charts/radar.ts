import type { ChartConfiguration } from 'chart.js';
import { captions, chartWords, common, legendOptions, ticks, wrap, font } from './base.js';
import { context } from './format.js';
import { theme } from './theme.js';
import type { ChartOptions, ChartSpec } from './types.js';

export interface RadarAxis {
  /** Dimension name. */
  label: string;
  /** The country's score, 0–100, or null when missing. */
  value: number | null;
  /** Score of the comparison series on this dimension (e.g. the average of all countries). */
  comparison?: number | null;
}

export interface RadarData {
  /** Country name. */
  name: string;
  /** Axes clockwise from the top; three or more make a readable shape. */
  axes: RadarAxis[];
}

export interface RadarOptions extends ChartOptions {
  /** Legend label of the comparison series; default the catalogue's "Average of all countries". */
  comparisonLabel?: string;
  min?: number;
  max?: number;
}

/**
 * One country's dimension scores as a radar (0–100), optionally over a comparison series, drawn
 * when any axis has a `comparison`. Every axis label also prints the values in words
 * ("71.2 · avg. 55.0"), so the chart reads without the shape; missing values leave a gap.
 */
export function radar(data: RadarData, options: RadarOptions = {}): ChartSpec {
  const ctx = context(options);
  const hasComparison = data.axes.some((a) => a.comparison !== undefined);
  const comparisonLabel = options.comparisonLabel ?? ctx.msg('radarComparison');
  const labels = data.axes.map((a) => {
    const name = wrap(a.label, 22);
    const values =
      hasComparison && a.comparison !== undefined
        ? `${ctx.num(a.value)} · ${ctx.msg('radarComparisonShort')} ${ctx.num(a.comparison)}`
        : ctx.num(a.value);
    return [...(Array.isArray(name) ? name : [name]), values];
  });

  const datasets: Record<string, unknown>[] = [
    {
      label: data.name,
      data: data.axes.map((a) => a.value),
      borderColor: theme.categorical[4],
      backgroundColor: 'rgba(0, 114, 178, 0.18)',
      pointBackgroundColor: theme.categorical[4],
      pointRadius: 4,
      borderWidth: 2.5,
      // A filled shape would run through the centre at a missing value, reading as 0: fill only when complete.
      fill: data.axes.every((a) => a.value !== null),
      spanGaps: false,
    },
  ];
  if (hasComparison) {
    datasets.push({
      label: comparisonLabel,
      data: data.axes.map((a) => a.comparison ?? null),
      borderColor: theme.reference,
      backgroundColor: 'rgba(0, 0, 0, 0)',
      pointBackgroundColor: theme.reference,
      pointRadius: 3,
      borderWidth: 2,
      borderDash: [6, 4],
      fill: false,
      spanGaps: false,
    });
  }

  const scored = data.axes.filter((a): a is RadarAxis & { value: number } => a.value !== null);
  const missing = data.axes.length - scored.length;
  const collator = new Intl.Collator(ctx.locale);
  const ordered = [...scored].sort((a, b) => b.value - a.value || collator.compare(a.label, b.label));
  const top = ordered[0];
  const bottom = ordered[ordered.length - 1];
  const words = chartWords(ctx, options, {
    finding: top && bottom && ordered.length > 1 && top.value !== bottom.value
      ? ctx.msg('radarFinding', { name: data.name, maxLabel: top.label, maxValue: ctx.num(top.value), minLabel: bottom.label, minValue: ctx.num(bottom.value) })
      : ctx.msg('radarTitle', { name: data.name }),
    subtitle: ctx.msg('radarSubtitle', { comparison: comparisonLabel.toLocaleLowerCase(ctx.locale) }),
    notes: missing > 0 ? [ctx.msg('radarNote')] : [],
  });
  const caps = captions(words, ctx, theme.size.height);
  const title = words.title;
  const base = common(ctx);
  const config = {
    type: 'radar',
    data: { labels, datasets },
    options: {
      ...base,
      layout: { padding: { top: 12, bottom: 12, left: 12, right: 12 } },
      scales: {
        r: {
          min: options.min ?? 0,
          max: options.max ?? 100,
          ticks: { ...ticks(12), stepSize: 20, color: theme.mutedText, backdropColor: 'rgba(255, 255, 255, 0.8)' },
          pointLabels: { color: theme.text, font: font(theme.fontSize.tick), padding: 10 },
          grid: { color: theme.grid },
          angleLines: { color: theme.grid },
        },
      },
      plugins: {
        ...base.plugins,
        ...caps.plugins,
        // Direct labels instead of a legend: the title names the country, every axis label prints
        // its values ("71.2 · avg. 55.0") and the subtitle names the dashed line.
        legend: legendOptions(ctx, false),
      },
    },
  } as unknown as ChartConfiguration;

  const alt = [
    top && bottom
      ? ctx.msg('radarAlt', {
          name: data.name,
          count: data.axes.length,
          maxLabel: top.label,
          maxValue: ctx.num(top.value),
          minLabel: bottom.label,
          minValue: ctx.num(bottom.value),
        })
      : ctx.msg('radarAltNone', { name: data.name, count: data.axes.length }),
    hasComparison ? ctx.msg('radarAltComparison', { comparison: comparisonLabel }) : null,
    missing > 0 ? ctx.msg('radarAltMissing', { count: missing }) : null,
  ]
    .filter((s): s is string => s !== null)
    .join(' ');

  const columns = [ctx.msg('colDimension'), data.name];
  if (hasComparison) columns.push(comparisonLabel);
  return {
    id: options.id ?? 'radar',
    title,
    subtitle: words.subtitle,
    source: words.source,
    notes: words.notes,
    alt,
    config,
    data: {
      columns,
      rows: data.axes.map((a) => (hasComparison ? [a.label, a.value, a.comparison ?? null] : [a.label, a.value])),
    },
    width: theme.size.height,
    height: theme.size.height + caps.height,
  };
}
