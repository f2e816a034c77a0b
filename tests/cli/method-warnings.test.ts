/**
 * Degenerate-method warnings on the command line and in the report (tests/fixtures/good/minimal):
 * a geometric mean zeroes 2 of its 3 ranked countries (COL and MEX each have an indicator scoring
 * 0 in 2024: judicial review "no"), the shipped arithmetic methodology zeroes none.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliText } from '../../src/messages/cli.js';
import { en } from '../../src/messages/report-en.js';
import { t } from '../../src/messages/t.js';
import { cleanup, fixture, lines, run, tempCopy } from './helpers.js';

const minimal = fixture('good/minimal');
const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await cleanup(d);
});

const zeroed = cliText.methodWarning(2024, t(en, 'warn.zeroed', { method: 'geometric', count: 2, of: 3 }));

describe('degenerate-method warnings', () => {
  it('score --aggregator geometric prints the warning on stderr, naming the method and the countries zeroed; the table is unchanged on stdout', async () => {
    const r = await run(['score', minimal, '--aggregator', 'geometric', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(lines(r.err)).toEqual([zeroed]);
    expect(lines(r.out)[0]).toMatch(/^rank,iso3,country,score/);
  });

  it('score --set with the same aggregator in methodology terms warns the same way', async () => {
    const r = await run(['score', minimal, '--set', 'aggregate.default={"method":"geometric"}', '--format', 'csv']);
    expect(lines(r.err)).toEqual([zeroed]);
  });

  it('score with the methodology as shipped prints no warning', async () => {
    const r = await run(['score', minimal, '--format', 'csv']);
    expect(r.err).toBe('');
  });

  it('sensitivity names an alternative it samples that zeroes most countries (geometric), and none of the shipped alternatives', async () => {
    const r = await run(['sensitivity', minimal, '--runs', '60', '--aggregators', 'arithmetic,geometric', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(lines(r.err)).toEqual([cliText.methodWarning(2024, t(en, 'warn.alternative', { alternative: 'geometric', text: t(en, 'warn.zeroed', { method: 'geometric', count: 2, of: 3 }) }))]);
    const quiet = await run(['sensitivity', minimal, '--runs', '60', '--aggregators', 'arithmetic,generalised:2', '--format', 'csv']);
    expect(quiet.err).toBe('');
  });

  it('report warns on stderr and on the overview page when methodology.json sets a geometric mean (without it: tests/report/site/report.test.ts)', async () => {
    const dir = await tempCopy('good/minimal');
    temps.push(dir);
    const file = join(dir, 'indicators/methodology.json');
    const m = JSON.parse(await readFile(file, 'utf8')) as { aggregate: { default: { method: string } } };
    m.aggregate.default.method = 'geometric';
    await writeFile(file, JSON.stringify(m));
    const r = await run(['report', dir, '--lang', 'en', '--png-scale', '1', '--runs', '0', '--quiet']);
    expect(r.code).toBe(0);
    expect(lines(r.err)[0]).toBe(zeroed);
    const home = await readFile(join(dir, 'reports/index.html'), 'utf8');
    expect(home).toContain(`<div class="method-warning" role="note"><h2>${t(en, 'warn.heading')}</h2><p>${t(en, 'warn.zeroed', { method: 'geometric', count: 2, of: 3 })}</p></div>`);
  }, 120_000);

  it('report with a sensitivity analysis that samples a geometric mean says so on stderr and on the overview page', async () => {
    const dir = await tempCopy('good/minimal');
    temps.push(dir);
    const file = join(dir, 'indicators/methodology.json');
    const m = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    m.sensitivity = { aggregators: [{ method: 'arithmetic' }, { method: 'geometric' }] };
    await writeFile(file, JSON.stringify(m));
    const r = await run(['report', dir, '--lang', 'en', '--png-scale', '1', '--runs', '40', '--quiet']);
    expect(r.code).toBe(0);
    const text = t(en, 'warn.alternative', { alternative: 'geometric', text: t(en, 'warn.zeroed', { method: 'geometric', count: 2, of: 3 }) });
    expect(lines(r.err)[0]).toBe(cliText.methodWarning(2024, text));
    expect(await readFile(join(dir, 'reports/index.html'), 'utf8')).toContain(`<p>${text}</p></div>`);
  }, 120_000);
});
