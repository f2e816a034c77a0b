import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/build-index.js';
import { en } from '../../src/messages/report-en.js';
import { loadProject } from '../../src/project.js';
import { toCsv } from '../../src/report/format/csv.js';
import { toJson } from '../../src/report/format/json.js';
import { toMarkdown } from '../../src/report/format/markdown.js';
import { toText } from '../../src/report/format/text.js';
import { scorecard } from '../../src/report/model/scorecard.js';
import { scorecardMd } from '../../src/report/pages/scorecard-md.js';
import { tableHtml } from '../../src/report/pages/table-html.js';
import { rankingTable } from '../../src/report/tables/ranking.js';

const FIXTURE = new URL('../fixtures/good/minimal/', import.meta.url).pathname;

async function minimal() {
  const { dataset } = await loadProject(FIXTURE, { today: '2026-11-29' });
  const result = buildIndex(dataset!);
  return { dataset: dataset!, result, latest: result.editions.at(-1)! };
}

describe('what readers see, snapshotted as text (tests/fixtures/good/minimal)', () => {
  it('the overall ranking table in every format', async () => {
    const { result, latest } = await minimal();
    const table = rankingTable(result, latest);
    expect(toText(table)).toMatchSnapshot('text');
    expect(toMarkdown(table)).toMatchSnapshot('markdown');
    expect(toCsv(table)).toMatchSnapshot('csv');
    expect(toJson(table)).toMatchSnapshot('json');
    expect(tableHtml(table).value).toMatchSnapshot('html');
  });

  it('a dimension ranking and the ranking with plausible rank ranges', async () => {
    const { result, latest } = await minimal();
    const dimension = result.hierarchy.dimensions[0]!;
    expect(toText(rankingTable(result, latest, { node: dimension }))).toMatchSnapshot('dimension');
    expect(toText(rankingTable(result, latest, { intervals: { MEX: [1, 2], COL: [1, 3] } }))).toMatchSnapshot('intervals');
  });

  it('a country scorecard in Markdown: recommendations by impact, changes, evidence', async () => {
    const { dataset, result, latest } = await minimal();
    const card = scorecard(dataset, result, latest, 'MEX', [1, 2]);
    expect(card.recommendations.map((r) => r.gain)).toEqual([...card.recommendations.map((r) => r.gain)].sort((a, b) => b - a));
    expect(scorecardMd(card, { strings: en, locale: 'en', radarPng: '../../charts/radar-MEX-2024.png' })).toMatchSnapshot('MEX.md');
  });
});
