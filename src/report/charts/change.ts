import type { ChartConfiguration } from 'chart.js';
import { axisTitle, captions, chartWords, common, heightFor, legendOptions, marksBase, padEnd, ticks } from './base.js';
import { byValueDesc, context } from './format.js';
import type { TextMark } from './marks.js';
import { theme } from './theme.js';
import type { ChartOptions, ChartSpec } from './types.js';

export interface ChangeItem {
  label: string;
  /** Score in the earlier edition, or null. */
  previous: number | null;
  /** Score in the later edition, or null. */
  current: number | null;
}

export interface ChangeData {
  /** Name of the earlier edition, e.g. "2024". */
  from: string;
  /** Name of the later edition, e.g. "2025". */
  to: string;
  items: ChangeItem[];
}

export interface ChangeOptions extends ChartOptions {
  /** Row order: by the later score (default) or by the size of the change; ties by name. */
  sort?: 'current' | 'change';
  axisTitle?: string;
  min?: number;
  max?: number;
}

/**
 * Dumbbell chart of the change between two editions: per country a hollow point for the earlier
 * score, a filled point for the later one, joined by a bar coloured by direction (blue better,
 * vermillion worse) and labelled with the signed change. Countries lacking a score in either
 * edition come last, marked in words.
 */
export function change(data: ChangeData, options: ChangeOptions = {}): ChartSpec {
  const ctx = context(options);
  // Rounded to 9 decimals so 80.1 − 75.3 reads 4.8, not 4.799999999999997, in the CSV.
  const delta = (d: ChangeItem) =>
    d.previous !== null && d.current !== null ? Math.round((d.current - d.previous) * 1e9) / 1e9 : null;
  const rows = byValueDesc(
    data.items,
    (d) => (delta(d) === null ? null : options.sort === 'change' ? delta(d) : d.current),
    (d) => d.label,
    ctx.locale,
  );
  const complete = rows.filter((d) => delta(d) !== null);
  const up = complete.filter((d) => (delta(d) ?? 0) > 0);
  const down = complete.filter((d) => (delta(d) ?? 0) < 0);

  const span = (d: ChangeItem, keep: (x: number) => boolean) => {
    const x = delta(d);
    return x !== null && keep(x) && d.previous !== null && d.current !== null ? [d.previous, d.current] : null;
  };
  const bar = (label: string, colour: string, keep: (x: number) => boolean) => ({
    type: 'bar' as const,
    label,
    data: rows.map((d) => span(d, keep)),
    backgroundColor: colour,
    borderWidth: 0,
    grouped: false,
    barPercentage: 0.22,
    categoryPercentage: 1,
  });
  const points = (label: string, pick: (d: ChangeItem) => number | null, filled: boolean) => ({
    type: 'scatter' as const,
    label,
    data: rows.map((d, y) => ({ x: pick(d), y })),
    pointRadius: 7,
    pointBorderWidth: 2,
    borderColor: filled ? theme.text : theme.mutedText,
    backgroundColor: filled ? theme.text : theme.background,
    pointBackgroundColor: filled ? theme.text : theme.background,
    pointStyle: 'circle',
  });
  const datasets = [
    bar(ctx.msg('changeImproved'), theme.diverging.better, (x) => x > 0),
    bar(ctx.msg('changeDeclined'), theme.diverging.worse, (x) => x < 0),
    points(data.from, (d) => d.previous, false),
    points(data.to, (d) => d.current, true),
  ];

  // Label beyond the right-most point (left-most in rtl); marks' sides are on the page.
  const after = ctx.rtl ? 'left' : 'right';
  const marks: TextMark[] = rows.map((d, index) => {
    const x = delta(d);
    if (x !== null) {
      const further = (d.current ?? 0) >= (d.previous ?? 0) ? 3 : 2;
      const colour = x > 0 ? theme.diverging.better : x < 0 ? theme.diverging.worse : theme.mutedText;
      return { datasetIndex: further, index, text: ctx.signed(x), place: after, color: colour, bold: true };
    }
    if (d.current !== null) return { datasetIndex: 3, index, text: ctx.msg('changeOnly', { edition: data.to }), place: after, color: theme.mutedText };
    if (d.previous !== null) return { datasetIndex: 2, index, text: ctx.msg('changeOnly', { edition: data.from }), place: after, color: theme.mutedText };
    return { datasetIndex: 0, index, text: ctx.msg('missing'), place: 'end', color: theme.mutedText };
  });

  const best = [...up].sort((a, b) => (delta(b) ?? 0) - (delta(a) ?? 0) || a.label.localeCompare(b.label))[0];
  const worst = [...down].sort((a, b) => (delta(a) ?? 0) - (delta(b) ?? 0) || a.label.localeCompare(b.label))[0];
  const words = chartWords(ctx, options, {
    finding: complete.length === 0
      ? ctx.msg('changeTitle', { from: data.from, to: data.to })
      : best
        ? ctx.msg('changeFinding', { up: ctx.int(up.length), count: ctx.int(complete.length), from: data.from, best: best.label, delta: ctx.signed(delta(best) ?? 0) })
        : ctx.msg('changeFindingNone', { from: data.from, to: data.to }),
    subtitle: ctx.msg('changeSubtitle', { from: data.from, to: data.to }),
    notes: [ctx.msg('changeNote')],
  });
  const caps = captions(words, ctx, theme.size.width);
  const title = words.title;
  const base = common(ctx);
  const config = {
    type: 'bar',
    data: { labels: rows.map((d) => d.label), datasets },
    options: {
      ...base,
      indexAxis: 'y' as const,
      layout: { padding: padEnd(ctx.rtl, 110) },
      scales: {
        x: {
          type: 'linear',
          min: options.min ?? 0,
          max: options.max ?? 100,
          reverse: ctx.rtl,
          title: axisTitle(options.axisTitle ?? ctx.msg('changeAxis')),
          ticks: ticks(),
          grid: { color: theme.grid },
          border: { color: theme.axis },
        },
        y: {
          type: 'category',
          position: ctx.rtl ? 'right' : 'left',
          offset: true,
          ticks: { ...ticks(), autoSkip: false },
          grid: { color: theme.grid, drawTicks: false, lineWidth: 0.5 },
          border: { color: theme.axis },
        },
      },
      plugins: {
        ...base.plugins,
        ...caps.plugins,
        // the subtitle says which dot is which edition; every row is labelled with its change
        legend: legendOptions(ctx, false),
        piMarks: { ...marksBase(ctx), marks },
      },
    },
  } as unknown as ChartConfiguration;

  const lacking = rows.length - complete.length;
  const alt = [
    complete.length > 0
      ? ctx.msg('changeAlt', {
          count: complete.length,
          from: data.from,
          to: data.to,
          up: up.length,
          down: down.length,
          same: complete.length - up.length - down.length,
        })
      : ctx.msg('changeAltNone', { from: data.from, to: data.to }),
    best ? ctx.msg('changeAltBest', { name: best.label, delta: ctx.signed(delta(best) ?? 0) }) : null,
    worst ? ctx.msg('changeAltWorst', { name: worst.label, delta: ctx.signed(delta(worst) ?? 0) }) : null,
    lacking > 0 ? ctx.msg('changeAltMissing', { count: lacking }) : null,
  ]
    .filter((s): s is string => s !== null)
    .join(' ');

  return {
    id: options.id ?? 'change',
    title,
    subtitle: words.subtitle,
    source: words.source,
    notes: words.notes,
    alt,
    config,
    data: {
      columns: [ctx.msg('colCountry'), data.from, data.to, ctx.msg('colChange')],
      rows: rows.map((d) => [d.label, d.previous, d.current, delta(d)]),
    },
    width: theme.size.width,
    height: heightFor(rows.length, 190) + caps.height,
  };
}
