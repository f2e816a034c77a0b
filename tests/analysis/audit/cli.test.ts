import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Io } from '../../../src/cli/io.js';
import { main } from '../../../src/cli/main.js';
import { usage } from '../../../src/messages/cli.js';
import { AUDIT_FIXTURE } from './helpers.js';

/** Runs the command line in-process with stdout and stderr captured (not terminals). */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => { out += t; }, err: (t) => { err += t; }, outTty: false, errTty: false, cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, out, err };
}

const temps: string[] = [];
afterAll(async () => { await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))); });

describe('policy-index audit', () => {
  it('prints the three tables for a project and exits 0', async () => {
    const r = await run(['audit', AUDIT_FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Indicator correlations, 2024 edition');
    expect(r.out).toContain('Cronbach’s alpha and principal components per dimension, 2024 edition');
    expect(r.out).toContain('Correlations between dimensions and the index, 2024 edition');
    expect(r.out).toMatch(/^a_neg\s+A\s+6\s+-0\.571\s+-0\.508\s+-0\.967\s+negative$/m);
  });

  it('--format csv prints the tables as CSV, --edition picks the edition', async () => {
    const r = await run(['audit', AUDIT_FIXTURE, '--format', 'csv', '--edition', '2024']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('indicator,dimension,n,r_dimension,r_index,loading,flags');
    expect(r.out).toContain('\nc_big,C,6,0.985,0.812,0.72,dominant\n');
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await run(['audit', '--help']);
    expect(r).toEqual({ code: 0, out: `${usage.audit}\n`, err: '' });
  });

  it('exits 2 on a bad format or an unknown edition, pointing to --help', async () => {
    const bad = await run(['audit', AUDIT_FIXTURE, '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('policy-index audit: --format "xml" is not one of: table, csv, json, md; run "policy-index audit --help"\n');
    const edition = await run(['audit', AUDIT_FIXTURE, '--edition', '1999']);
    expect(edition.code).toBe(2);
    expect(edition.err).toBe('policy-index audit: edition 1999 is not in the data (editions: 2024); run "policy-index audit --help"\n');
  });

  it('exits 1 when the project does not validate', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policy-index-audit-'));
    temps.push(dir);
    const r = await run(['audit', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
  });

  it('--out writes the page, the table CSVs, the stylesheet and each heatmap as PNG, SVG and CSV', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policy-index-audit-'));
    temps.push(dir);
    const r = await run(['audit', AUDIT_FIXTURE, '--out', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`wrote 11 audit files to ${dir}\n`);
    expect((await readdir(dir)).sort()).toEqual([
      'assets', 'audit-dimensions.csv', 'audit-dimensions.png', 'audit-dimensions.svg',
      'audit-indicators.csv', 'audit-indicators.png', 'audit-indicators.svg',
      'audit-table-dimensions.csv', 'audit-table-indicators.csv', 'audit-table-matrix.csv', 'audit.html',
      'policy-index-manifest.json',
    ]);
    const png = await readFile(join(dir, 'audit-dimensions.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(3600); // 1200 CSS px at scale 3
    expect((await stat(join(dir, 'audit-indicators.png'))).size).toBeGreaterThan(20_000); // not blank
    expect(await readFile(join(dir, 'audit-dimensions.svg'), 'utf8')).toMatch(/^<\?xml|^<svg/);
    const page = await readFile(join(dir, 'audit.html'), 'utf8');
    expect(page).toContain('src="audit-dimensions.png"');
    expect(await readFile(join(dir, 'audit-table-matrix.csv'), 'utf8')).toMatch(/^dimension,A,B,C,INDEX\n/);
  });
});
