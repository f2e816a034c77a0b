import type { Dataset } from '../schema/dataset.js';
import { buildHierarchy } from '../engine/hierarchy.js';
import type { Table } from '../report/tables/table.js';
import { coverageText as L } from '../messages/cli.js';

interface Counts { answered: number; missing: number; na: number }
const empty = (): Counts => ({ answered: 0, missing: 0, na: 0 });
const share = (c: Counts) => (c.answered + c.missing === 0 ? null : (100 * c.answered) / (c.answered + c.missing));

/**
 * The data-quality view of one edition: answered / missing / not applicable per country, per
 * dimension (top level) and per indicator, and the answered cells whose sources are oldest.
 * A country without a row for an indicator counts as missing. Pure.
 */
export function coverageTables(dataset: Dataset, edition: number, oldest = 10): { byCountry: Table; byDimension: Table; byIndicator: Table; oldest: Table } {
  const h = buildHierarchy(dataset.dimensions, dataset.indicators);
  const topOf = (id: string): string => {
    let node = h.nodes[id]!;
    while (node.parent !== null && node.parent !== h.rootId) node = h.nodes[node.parent]!;
    return node.id;
  };
  const byCountry = new Map(dataset.countries.map((c) => [c.iso3, empty()]));
  const byIndicator = new Map(dataset.indicators.map((i) => [i.id, empty()]));
  const tops = h.nodes[h.rootId]!.children.filter((c) => h.nodes[c]!.kind === 'dimension');
  const byDimension = new Map(tops.map((d) => [d, empty()]));
  const seen = new Set<string>();
  const answers = dataset.answers.filter((a) => a.edition === edition);
  const count = (country: string, indicator: string, kind: keyof Counts) => {
    byCountry.get(country)![kind]++;
    byIndicator.get(indicator)![kind]++;
    const dimension = byDimension.get(topOf(indicator));
    if (dimension) dimension[kind]++;
  };
  for (const a of answers) {
    seen.add(`${a.country}\u0000${a.indicator}`);
    count(a.country, a.indicator, a.value.kind === 'na' ? 'na' : a.value.kind === 'missing' ? 'missing' : 'answered');
  }
  for (const c of dataset.countries) for (const i of dataset.indicators) if (!seen.has(`${c.iso3}\u0000${i.id}`)) count(c.iso3, i.id, 'missing');

  const cols = (first: { key: string; label: string }[]) => [
    ...first,
    { key: 'answered', label: L.answered, align: 'right' as const },
    { key: 'missing', label: L.missing, align: 'right' as const },
    { key: 'na', label: L.na, align: 'right' as const },
    { key: 'coverage', label: L.coverage, align: 'right' as const, digits: 0 },
  ];
  const row = (c: Counts) => [c.answered, c.missing, c.na, share(c)];
  const names = new Map(dataset.countries.map((c) => [c.iso3, c.name]));
  const dated = answers
    .filter((a) => (a.value.kind === 'code' || a.value.kind === 'number'))
    .sort((a, b) => (a.sourceDate ?? '0000').localeCompare(b.sourceDate ?? '0000') || a.country.localeCompare(b.country) || a.indicator.localeCompare(b.indicator))
    .slice(0, oldest);
  return {
    byCountry: {
      title: L.byCountry(edition),
      columns: cols([{ key: 'iso3', label: L.code }, { key: 'country', label: L.country }]),
      rows: [...byCountry].map(([iso3, c]) => [iso3, names.get(iso3) ?? iso3, ...row(c)]),
    },
    byDimension: {
      title: L.byDimension(edition),
      columns: cols([{ key: 'dimension', label: L.dimension }, { key: 'name', label: L.name }]),
      rows: [...byDimension].map(([d, c]) => [d, h.nodes[d]!.name, ...row(c)]),
    },
    byIndicator: {
      title: L.byIndicator(edition),
      columns: cols([{ key: 'indicator', label: L.indicator }]),
      rows: [...byIndicator].map(([i, c]) => [i, ...row(c)]),
    },
    oldest: {
      title: L.oldest(edition),
      columns: [
        { key: 'source_date', label: L.sourceDate }, { key: 'iso3', label: L.code }, { key: 'indicator', label: L.indicator },
        { key: 'source', label: L.source }, { key: 'at', label: L.where },
      ],
      rows: dated.map((a) => [a.sourceDate ?? L.noDate, a.country, a.indicator, a.source ?? '', `${a.at.file}:${a.at.line}`]),
    },
  };
}
