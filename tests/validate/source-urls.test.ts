/**
 * source_url: one or several web addresses separated by ";" (docs/FORMATS.md). Only http(s)
 * addresses are accepted, because the report turns them into links.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/project.js';
import { cleanup, tempCopy, TODAY } from '../cli/helpers.js';

const temps: string[] = [];
afterAll(async () => {
  for (const d of temps) await cleanup(d);
});

/** The source URLs of MEX 2018 alternatives_in_practice (countries/MEX.csv:4) after setting the cell. */
async function withUrl(cell: string) {
  const dir = await tempCopy('good/minimal');
  temps.push(dir);
  const file = join(dir, 'countries/MEX.csv');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('https://www.unicef.org/mexico/report', cell.includes(',') ? `"${cell}"` : cell));
  const { dataset, problems } = await loadProject(dir, { today: TODAY });
  const answer = dataset?.answers.find((a) => a.country === 'MEX' && a.indicator === 'alternatives_in_practice' && a.edition === 2018);
  return { urls: answer?.sourceUrls ?? null, problems: problems.map((p) => p.message) };
}

describe('source_url', () => {
  it.each([
    ['https://www.unicef.org/mexico/report', ['https://www.unicef.org/mexico/report']],
    ['HTTP://EXAMPLE.ORG/A', ['HTTP://EXAMPLE.ORG/A']],
    ['https://a.example/x ; http://b.example/y', ['https://a.example/x', 'http://b.example/y']],
    ['https://a.example/x;https://b.example/y', ['https://a.example/x', 'https://b.example/y']],
    ['https://a.example/search?q=a,b&lang=es', ['https://a.example/search?q=a,b&lang=es']],
  ])('source_url %j is accepted as %j', async (cell, expected) => {
    expect(await withUrl(cell)).toEqual({ urls: expected, problems: [] });
  });

  it.each([
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd',
    '//evil.example/x', 'www.example.org', 'https://example.org/<script>', 'https://exa mple.org',
  ])('source_url %j is rejected', async (cell) => {
    const r = await withUrl(cell);
    expect(r.urls).toBeNull();
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((m) => m.includes('is not a web address'))).toBe(true);
  });

  it('an http URL with ";" in its path (e.g. a session id) is one URL, not two', async () => {
    expect(await withUrl('https://www.unicef.org/mexico/report;jsessionid=AB12')).toEqual({
      urls: ['https://www.unicef.org/mexico/report;jsessionid=AB12'], problems: [],
    });
  });
});
