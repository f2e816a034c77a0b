import type { CountryResult, EditionResult, IndexResult } from '../../engine/types.js';
import { en, type Strings } from '../../messages/report-en.js';
import { t } from '../../messages/t.js';
import { rankMove } from '../pages/rank-move.js';
import type { Cell, Column, Table } from './table.js';

export interface RankingOptions {
  /** The node to rank by: the index (default) or a dimension id. */
  node?: string;
  /** Add a column per dimension (default: true for the index). */
  dimensions?: boolean;
  strings?: Strings;
  /** Plausible rank interval per country (from the sensitivity analysis), e.g. { MEX: [3, 6] }. */
  intervals?: Record<string, [number, number]>;
}

export function editionOf(result: IndexResult, edition?: number): EditionResult {
  const e = edition === undefined ? result.editions.at(-1) : result.editions.find((x) => x.edition === edition);
  if (!e) throw new RangeError(`edition ${edition} is not in the data (editions: ${result.editions.map((x) => x.edition).join(', ')})`);
  return e;
}

/**
 * Whether a country's score on a node rests on fewer answers than the framework asks for (some
 * applicable indicator under it is blank, and it still has a score): the † of tables and charts.
 */
export function restsOnFewer(c: Pick<CountryResult, 'nodeCoverage' | 'scores'>, id: string): boolean {
  const n = c.nodeCoverage?.[id];
  return n !== undefined && n.answered < n.applicable && c.scores[id] !== null && c.scores[id] !== undefined;
}

/**
 * The ranked table of one edition: rank, country, score, band, coverage, change since the
 * previous edition (headline, like for like and how many indicators that compares, and the
 * rank's move) and, for the index, a column per dimension. Ranked countries first by rank,
 * then the unranked by name. People-facing formats mark tied ranks "=", a score that rests on
 * fewer answers than the framework "†" and one that uses carried-forward answers "‡", each
 * explained in a note.
 */
export function rankingTable(result: IndexResult, edition: EditionResult, options: RankingOptions = {}): Table {
  const s = options.strings ?? en;
  const { hierarchy } = result;
  const node = options.node ?? hierarchy.rootId;
  const isIndex = node === hierarchy.rootId;
  const dims = (options.dimensions ?? isIndex) ? hierarchy.dimensions : [];
  const countries = isIndex ? edition.countries : [...edition.countries].sort((a, b) =>
    (a.ranks[node] ?? Infinity) - (b.ranks[node] ?? Infinity) || a.name.localeCompare(b.name, 'en'));
  const rankCount = new Map<number, number>();
  for (const c of countries) {
    const r = c.ranks[node];
    if (typeof r === 'number') rankCount.set(r, (rankCount.get(r) ?? 0) + 1);
  }
  const tied = (r: Cell) => typeof r === 'number' && (rankCount.get(r) ?? 0) > 1;
  const columns: Column[] = [
    { key: 'rank', label: t(s, 'col.rank'), align: 'right', display: (v) => (v === null ? '–' : tied(v) ? `=${v}` : String(v)) },
    { key: 'iso3', label: t(s, 'col.iso3') },
    { key: 'country', label: t(s, 'col.country') },
    { key: 'score', label: t(s, 'col.score'), align: 'right', digits: 1 },
  ];
  if (isIndex) columns.push({ key: 'band', label: t(s, 'col.band') });
  if (options.intervals) columns.push({ key: 'interval', label: t(s, 'col.interval'), align: 'right' });
  columns.push({ key: 'coverage', label: t(s, 'col.coverage'), align: 'right', digits: 0 });
  if (isIndex && edition.previous !== null) {
    columns.push({ key: 'change', label: t(s, 'col.change'), align: 'right', digits: 1, signed: true });
    columns.push({ key: 'change_like', label: t(s, 'col.changeLike'), align: 'right', digits: 1, signed: true });
    columns.push({ key: 'compared', label: t(s, 'col.compared'), align: 'right', display: (v, row) => (v === null ? '–' : `${v}/${countries[row]?.change?.likeForLike.applicable ?? '–'}`) });
    columns.push({ key: 'rank_change', label: t(s, 'col.rankChange'), display: (v) => rankMove(s, typeof v === 'number' ? v : null) });
  }
  for (const d of dims) columns.push({ key: d, label: hierarchy.nodes[d]!.name, short: d, align: 'right', digits: 1 });

  const short = restsOnFewer;
  const marks = countries.map((c) => {
    const m: Record<string, string> = {};
    const scoreMark = `${short(c, node) ? '†' : ''}${c.carried?.length ? '‡' : ''}`;
    if (scoreMark) m.score = scoreMark;
    for (const d of dims) if (short(c, d)) m[d] = '†';
    return m;
  });
  const rows: Cell[][] = countries.map((c) => {
    const row: Cell[] = [c.ranks[node] ?? null, c.iso3, c.name, c.scores[node] ?? null];
    if (isIndex) row.push(c.band);
    if (options.intervals) {
      const iv = options.intervals[c.iso3];
      row.push(iv ? `${iv[0]}–${iv[1]}` : null);
    }
    row.push(Math.round(c.coverage.share * 100));
    if (isIndex && edition.previous !== null) {
      const like = c.change?.likeForLike;
      row.push(c.change?.score ?? null, like?.score ?? null, like?.compared ?? null, c.change?.rank ?? null);
    }
    for (const d of dims) row.push(c.scores[d] ?? null);
    return row;
  });
  const notes: string[] = [];
  const unranked = edition.countries.filter((c) => !c.ranked).map((c) => c.name);
  const total = hierarchy.nodes[hierarchy.rootId]!.children.length;
  const minDims = Math.ceil((result.methodology.ranking.minDimensions ?? 0) * total - 1e-9);
  if (unranked.length > 0) notes.push(t(s, minDims > 0 ? 'note.notRankedDims' : 'note.notRanked', { pct: Math.round(result.methodology.ranking.minCoverage * 100), dims: minDims, total, countries: unranked.join(', ') }));
  if (isIndex && edition.previous !== null) notes.push(t(s, 'note.change', { previous: edition.previous }));
  if ([...rankCount.values()].some((n) => n > 1)) notes.push(t(s, 'note.ties'));
  if (marks.some((m) => Object.values(m).some((x) => x.includes('†')))) notes.push(t(s, 'note.shortfall'));
  if (marks.some((m) => m.score?.includes('‡'))) notes.push(t(s, 'note.carried'));
  if (edition.screened?.length) notes.push(t(s, 'note.screened', { countries: edition.screened.map((c) => c.name).join(', ') }));
  const title = isIndex ? t(s, 'table.ranking', { edition: edition.edition }) : t(s, 'table.dimension', { dimension: hierarchy.nodes[node]!.name, edition: edition.edition });
  return { title, columns, rows, notes, marks };
}
