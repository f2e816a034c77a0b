/** Scorecards show each answer's source date and kind, mark flagged evidence and say what date the edition describes (tests/fixtures/evidence). */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/build-index.js';
import { en } from '../../src/messages/report-en.js';
import { fr } from '../../src/messages/report-fr.js';
import { scorecard } from '../../src/report/model/scorecard.js';
import { scorecardMd } from '../../src/report/pages/scorecard-md.js';
import { scorecardHtml } from '../../src/report/pages/scorecard-html.js';
import { loadProject } from '../../src/project.js';
import { fixture, TODAY } from '../cli/helpers.js';
import { evidenceFiles } from '../../src/analysis/evidence/page.js';

async function mexico(edition: number) {
  const { dataset } = await loadProject(fixture('evidence'), { today: TODAY });
  const result = buildIndex(dataset!);
  return scorecard(dataset!, result, result.editions.find((e) => e.edition === edition)!, 'MEX');
}

describe('evidence on scorecards', () => {
  it('the model carries the reference date, the kinds and the flags that need a reviewer', async () => {
    const card = await mexico(2018);
    expect(card.referenceDate).toBe('2018-06-30');
    const byId = new Map(card.indicators.map((i) => [i.id, i]));
    expect(byId.get('judicial_review')).toMatchObject({ sourceKinds: ['monitor'], flags: ['after_reference'] });
    expect(byId.get('alternatives_in_practice')).toMatchObject({ sourceKinds: ['other'], flags: [] }); // later source, period stated
    expect(byId.get('children_detained')).toMatchObject({ sourceKinds: [], flags: ['undated', 'no_url'] });
  });

  it('Markdown and HTML show date, kind and the flag in the reader\'s language', async () => {
    const card = await mexico(2024);
    const md = scorecardMd(card, { strings: en, locale: 'en', radarPng: null });
    expect(md).toContain('_Evidence as of 2024-12-31_');
    expect(md).toContain('Source: [UNICEF, Mexico update](https://docslib.org/unicef-mexico-update), dated 2024-09, kind: document-sharing site');
    expect(md).toContain('**Evidence flagged for review: weak source (mirror, blog or copy)**');
    expect(md).toContain('**Evidence flagged for review: justification copied from another edition**');
    const page = scorecardHtml(card, { strings: fr, locale: 'fr', dir: 'ltr', root: '../..', radar: null, downloads: [] });
    expect(page).toContain('type\u202f: site de partage de documents');
    expect(page).toContain('class="indicator flagged" id="alternatives_in_practice"');
    expect(page).toContain('Éléments de preuve au 2024-12-31');
  });
});

describe('the evidence page of the report', () => {
  it('writes the figures, the flags per country and every flagged answer, as a page and as CSV, JSON, Markdown', async () => {
    const { dataset } = await loadProject(fixture('evidence'), { today: TODAY });
    const files = evidenceFiles(dataset!, { root: '../', nav: { home: 'Home', ranking: 'Ranking', charts: 'Charts' }, scorecards: 'fr' });
    expect(files.map((f) => f.path)).toEqual([
      'evidence/figures.csv', 'evidence/figures.json', 'evidence/figures.md',
      'evidence/countries.csv', 'evidence/countries.json', 'evidence/countries.md',
      'evidence/answers.csv', 'evidence/answers.json', 'evidence/answers.md', 'evidence/index.html',
    ]);
    const page = files.at(-1)!.content as string;
    expect(page).toContain('countries/MEX.csv:8');
    expect(page).toContain('href="../scorecards/fr/MEX.html"');
    expect(page).toContain('source address &quot;docslib.org&quot; is listed as weak');
    const answers = files.find((f) => f.path === 'evidence/answers.csv')!.content as string;
    expect(answers.trim().split('\n')).toHaveLength(1 + 12); // header + one row per flag that is a problem (fixture: 12)
  });
});
