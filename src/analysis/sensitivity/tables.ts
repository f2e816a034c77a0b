import { sensitivityText as w } from '../../messages/cli.js';
import type { Table } from '../../report/tables/table.js';
import type { SensitivityResult } from './run.js';

/** Per ranked country: nominal rank, ISO3, name, nominal score, median rank, 5–95% interval. */
export function intervalTable(result: SensitivityResult): Table {
  return {
    title: w.intervalTitle(result.edition),
    columns: [
      { key: 'rank', label: w.colNominal, align: 'right' },
      { key: 'iso3', label: 'ISO3' },
      { key: 'country', label: 'Country' },
      { key: 'score', label: 'Score', align: 'right', digits: 1 },
      { key: 'median', label: w.colMedian, align: 'right' },
      { key: 'low', label: w.colLow, short: 'Best', align: 'right' },
      { key: 'high', label: w.colHigh, short: 'Worst', align: 'right' },
      { key: 'interval', label: w.colInterval, align: 'right' },
    ],
    rows: result.countries.map((c) => [c.nominal, c.iso3, c.name, c.score, c.median, c.low, c.high, `${c.low}–${c.high}`]),
    notes: [w.noteRuns(result.evaluations, result.N, result.seed)],
  };
}

/** Per varied factor: its alternatives and its mean first-order and total sensitivity index. */
export function factorTable(result: SensitivityResult): Table {
  return {
    title: w.factorTitle,
    columns: [
      { key: 'factor', label: w.colFactor },
      { key: 'options', label: w.colOptions },
      { key: 'si', label: w.colSi, short: 'Si', align: 'right', digits: 3 },
      { key: 'sti', label: w.colSti, short: 'STi', align: 'right', digits: 3 },
    ],
    rows: result.factors.map((f) => [w.factor[f.factor] ?? f.factor, f.factor === 'dropIndicator' ? `none, or one of ${f.options.length - 1} indicators` : f.options.join(', '), f.si, f.sti]),
    notes: [w.noteSobol],
  };
}

/** The full rank distribution: one row per country, one column per rank (how many evaluations). */
export function distributionTable(result: SensitivityResult): Table {
  const n = result.countries.length;
  return {
    columns: [{ key: 'iso3', label: 'iso3' }, ...Array.from({ length: n }, (_, r) => ({ key: `rank_${r + 1}`, label: `rank_${r + 1}`, align: 'right' as const }))],
    rows: result.countries.map((c) => [c.iso3, ...c.distribution]),
  };
}
