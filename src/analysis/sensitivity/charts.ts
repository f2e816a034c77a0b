import type { ChartConfiguration } from 'chart.js';
import { sensitivityText as w } from '../../messages/cli.js';
import { axisTitle, captions, common, heightFor, legendOptions, padEnd, ticks } from '../../report/charts/base.js';
import { context } from '../../report/charts/format.js';
import { theme } from '../../report/charts/theme.js';
import type { ChartSpec } from '../../report/charts/types.js';
import type { SensitivityResult } from './run.js';

/**
 * The rank-interval chart: one row per ranked country (by nominal rank), a floating bar from
 * its best to its worst plausible rank (5–95%, widened by half a rank each side so that a
 * zero-width interval still shows), a black tick at the nominal rank and a short orange one at
 * the median (drawn as narrow floating bars, so that every mark shares the bar's row).
 * Rank 1 is on the left.
 */
export function rankIntervalChart(result: SensitivityResult): ChartSpec {
  const ctx = context();
  const rows = result.countries;
  const labels = rows.map((c) => `${c.nominal}  ${c.name}`);
  const n = rows.length;
  const byWidth = [...rows].sort((a, b) => a.high - a.low - (b.high - b.low) || a.nominal - b.nominal);
  const firm = byWidth[0];
  const loose = byWidth.at(-1);
  const words = {
    title: !firm || !loose || firm === loose
      ? w.intervalChartTitle(result.edition)
      : firm.low === firm.high
        ? w.intervalFinding(firm.name, loose.name, loose.low, loose.high)
        : w.intervalFindingLoose(loose.name, loose.low, loose.high),
    subtitle: w.intervalSubtitle(result.edition),
    source: w.source,
    notes: [w.intervalNote],
  };
  const caps = captions(words, ctx, theme.size.width);
  const title = words.title;
  const base = common(ctx);
  const config = {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          type: 'bar', label: w.intervalBar, order: 3, data: rows.map((c) => [c.low - 0.45, c.high + 0.45]),
          backgroundColor: theme.categorical[1], borderColor: theme.categorical[4], borderWidth: 1, grouped: false, barPercentage: 0.7, categoryPercentage: 1,
        },
        {
          type: 'bar', label: w.nominalPoint, order: 2, data: rows.map((c) => [c.nominal - 0.09, c.nominal + 0.09]),
          backgroundColor: theme.text, borderColor: theme.text, borderWidth: 0, grouped: false, barPercentage: 0.9, categoryPercentage: 1,
        },
        {
          type: 'bar', label: w.medianPoint, order: 1, data: rows.map((c) => [c.median - 0.05, c.median + 0.05]),
          backgroundColor: theme.categorical[5], borderColor: theme.categorical[5], borderWidth: 0, grouped: false, barPercentage: 0.45, categoryPercentage: 1,
        },
      ],
    },
    options: {
      ...base,
      indexAxis: 'y' as const,
      layout: { padding: padEnd(false, 16) },
      scales: {
        x: { min: 0.5, max: n + 0.5, title: axisTitle(w.intervalAxis), ticks: { ...ticks(), precision: 0 }, grid: { color: theme.grid }, border: { color: theme.axis } },
        y: { ticks: { ...ticks(), autoSkip: false }, grid: { display: false }, border: { color: theme.axis } },
      },
      plugins: { ...base.plugins, ...caps.plugins, legend: legendOptions(ctx, true) },
    },
  } as unknown as ChartConfiguration;
  const describe = (c: (typeof rows)[number]) => `${c.name} (${w.plausibly(c.nominal, c.low, c.high)})`;
  return {
    id: 'rank-intervals',
    title,
    subtitle: words.subtitle,
    source: words.source,
    notes: words.notes,
    alt: n === 0 ? title : w.intervalAlt(n, describe(byWidth[0]!), describe(byWidth.at(-1)!)),
    config,
    data: {
      columns: ['rank', 'iso3', 'country', 'median', 'low', 'high'],
      rows: rows.map((c) => [c.nominal, c.iso3, c.name, c.median, c.low, c.high]),
    },
    width: theme.size.width,
    height: heightFor(n, 190) + caps.height,
  };
}

/** The sensitivity chart: per varied factor, a bar for its first-order index Si and one for its total index STi. */
export function sensitivityChart(result: SensitivityResult): ChartSpec {
  const ctx = context();
  const factors = result.factors;
  const top = [...factors].sort((a, b) => b.sti - a.sti)[0];
  const words = {
    title: top ? w.sensitivityFinding(w.factor[top.factor] ?? top.factor, top.sti.toFixed(2)) : w.sensitivityChartTitle,
    subtitle: w.sensitivitySubtitle(result.edition),
    source: w.source,
    notes: [w.sensitivityNote],
  };
  const caps = captions(words, ctx, theme.size.width);
  const title = words.title;
  const base = common(ctx);
  const max = Math.max(1, ...factors.map((f) => Math.max(f.si, f.sti)));
  const config = {
    type: 'bar',
    data: {
      labels: factors.map((f) => w.factor[f.factor] ?? f.factor),
      datasets: [
        { label: w.colSi, data: factors.map((f) => f.si), backgroundColor: theme.categorical[4], borderColor: theme.categorical[4], borderWidth: 1 },
        { label: w.colSti, data: factors.map((f) => f.sti), backgroundColor: theme.categorical[0], borderColor: theme.categorical[0], borderWidth: 1 },
      ],
    },
    options: {
      ...base,
      layout: { padding: padEnd(false, 16) },
      scales: {
        x: { ticks: ticks(), grid: { display: false }, border: { color: theme.axis } },
        y: { min: Math.min(0, ...factors.map((f) => f.si)), max, title: axisTitle(w.sensitivityAxis), ticks: ticks(), grid: { color: theme.grid }, border: { color: theme.axis } },
      },
      plugins: { ...base.plugins, ...caps.plugins, legend: legendOptions(ctx, true) },
    },
  } as unknown as ChartConfiguration;
  return {
    id: 'sensitivity',
    title,
    subtitle: words.subtitle,
    source: words.source,
    notes: words.notes,
    alt: top ? w.sensitivityAlt(`${w.factor[top.factor] ?? top.factor} (STi ${top.sti.toFixed(2)})`) : w.sensitivityAltNone,
    config,
    data: { columns: ['factor', 'si', 'sti'], rows: factors.map((f) => [f.factor, f.si, f.sti]) },
    width: theme.size.width,
    height: theme.size.height + caps.height,
  };
}
