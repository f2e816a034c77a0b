import type { EditionResult, IndexResult } from '../../engine/types.js';
import type { Dataset } from '../../schema/dataset.js';
import { change } from '../charts/change.js';
import { distribution } from '../charts/distribution.js';
import { heatmap } from '../charts/heatmap.js';
import { radar } from '../charts/radar.js';
import { rankingBar } from '../charts/ranking-bar.js';
import type { ChartOptions, ChartSpec } from '../charts/types.js';
import { restsOnFewer } from '../tables/ranking.js';

const bandsLowFirst = (result: IndexResult) => [...result.methodology.bands].sort((a, b) => a.min - b.min).map((b) => b.label);

/** The ranking bar chart of one edition (unranked countries shown without a rank). */
export function rankingChart(result: IndexResult, edition: EditionResult, o: ChartOptions, intervals?: Record<string, [number, number]>): ChartSpec {
  const root = result.hierarchy.rootId;
  return rankingBar(edition.countries.filter((c) => c.ranked).map((c) => ({
    label: c.name, value: c.scores[root] ?? null, band: c.band, rank: c.ranks[root] ?? null,
    interval: intervals?.[c.iso3] ? { low: intervals[c.iso3]![0], high: intervals[c.iso3]![1] } : null,
    shortfall: restsOnFewer(c, root), carried: (c.carried?.length ?? 0) > 0,
  })), { ...o, id: `ranking-${edition.edition}`, bands: bandsLowFirst(result) });
}

export function heatmapChart(result: IndexResult, edition: EditionResult, o: ChartOptions): ChartSpec {
  const { hierarchy } = result;
  return heatmap({
    columns: hierarchy.dimensions.map((d) => hierarchy.nodes[d]!.name),
    rows: edition.countries.map((c) => ({ label: c.name, values: hierarchy.dimensions.map((d) => c.scores[d] ?? null), short: hierarchy.dimensions.map((d) => restsOnFewer(c, d)) })),
  }, { ...o, id: `heatmap-${edition.edition}` });
}

export function changeChart(result: IndexResult, previous: EditionResult, edition: EditionResult, o: ChartOptions): ChartSpec {
  const root = result.hierarchy.rootId;
  const before = new Map(previous.countries.map((c) => [c.iso3, c.scores[root] ?? null]));
  return change({
    from: String(previous.edition), to: String(edition.edition),
    items: edition.countries.map((c) => ({ label: c.name, previous: before.get(c.iso3) ?? null, current: c.scores[root] ?? null })),
  }, { ...o, id: `change-${previous.edition}-${edition.edition}` });
}

export function distributionChart(dataset: Dataset, edition: number, o: ChartOptions): ChartSpec {
  const answers = dataset.answers.filter((a) => a.edition === edition);
  const items = dataset.indicators.filter((i) => i.type === 'categorical').map((ind) => {
    const options = dataset.scales[ind.scale ?? ''] ?? [];
    const mine = answers.filter((a) => a.indicator === ind.id);
    const answered = mine.filter((a) => a.value.kind === 'code');
    const na = mine.filter((a) => a.value.kind === 'na').length;
    return {
      label: ind.name,
      answers: options.map((opt) => ({ label: opt.label.split(/[:.;(]/)[0]!.trim().slice(0, 40) || opt.code, count: answered.filter((a) => a.value.kind === 'code' && a.value.code === opt.code).length })),
      missing: dataset.countries.length - answered.length - na,
      na,
    };
  });
  return distribution(items, { ...o, id: `distribution-${edition}` });
}

export function radarChart(result: IndexResult, edition: EditionResult, iso3: string, o: ChartOptions): ChartSpec {
  const { hierarchy } = result;
  const c = edition.countries.find((x) => x.iso3 === iso3)!;
  const mean = (id: string) => {
    const xs = edition.countries.map((x) => x.scores[id]).filter((v): v is number => typeof v === 'number');
    return xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : null;
  };
  return radar({
    name: c.name,
    axes: hierarchy.dimensions.map((d) => ({ label: hierarchy.nodes[d]!.name, value: c.scores[d] ?? null, comparison: mean(d) })),
  }, { ...o, id: `radar-${iso3}-${edition.edition}` });
}
