import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditCharts, auditEn, auditIndex, auditPage, auditStrings, auditTables, correlationBin, correlationChart, flagSentences, type Audit,
} from '../../../src/analysis/audit/index.js';
import { languages } from '../../../src/messages/languages.js';
import { toText } from '../../../src/report/format/text.js';
import { theme } from '../../../src/report/charts/theme.js';
import { AUDIT_FIXTURE, indexOf, synthetic } from './helpers.js';

let audit: Audit;
beforeAll(async () => { audit = auditIndex(await indexOf(AUDIT_FIXTURE)); });

describe('auditTables', () => {
  it('reads as pinned for the fixture (indicator correlations, alpha and PCA, dimension matrix)', () => {
    const t = auditTables(audit);
    expect([t.indicators, t.dimensions, t.matrix].map((x) => toText(x)).join('\n')).toMatchSnapshot();
  });

  it('adds an "r with top-level dimension" column only when the framework has sub-dimensions', () => {
    expect(auditTables(audit).indicators.columns.map((c) => c.key)).not.toContain('r_top');
    const nested = auditIndex(synthetic({ T: ['S', 'w'], S: ['x', 'y'] }, {
      x: [1, 2, 3, 4], y: [1, 3, 2, 4], w: [4, 3, 2, 1], S: [1, 2.5, 2.5, 4], T: [2.5, 2.75, 2.25, 2.5], INDEX: [2.5, 2.75, 2.25, 2.5],
    }));
    expect(auditTables(nested).indicators.columns.map((c) => c.key)).toContain('r_top');
  });
});

describe('correlationChart and auditCharts', () => {
  it('bins correlations on a diverging scale closed below: −1, −0.6, −0.2, 0.2, 0.6 start bins 0–4', () => {
    expect([-1, -0.61, -0.6, -0.2, 0, 0.19999, 0.2, 0.6, 1].map(correlationBin)).toEqual([0, 0, 1, 2, 2, 2, 3, 4, 4]);
  });

  it('makes a dimension heatmap and an indicator heatmap with one matrix dataset per bin plus "no data"', () => {
    const [dims, inds] = auditCharts(audit);
    expect(dims!.id).toBe('audit-dimensions');
    expect(inds!.id).toBe('audit-indicators');
    expect(dims!.data.columns).toEqual(['Dimension', 'Alpha', 'Beta', 'Gamma', 'Index']);
    expect(inds!.data.rows.map((r) => r[0])).toEqual(audit.indicators.map((i) => i.id));
    const datasets = dims!.config.data.datasets as unknown as { label: string; backgroundColor: string; data: unknown[] }[];
    expect(datasets.map((d) => d.label)).toEqual(['−1.00 to −0.60', '−0.60 to −0.20', '−0.20 to 0.20', '0.20 to 0.60', '0.60 to 1.00', 'no data']);
    expect(datasets[0]!.backgroundColor).toBe(theme.diverging.worse);
    expect(datasets[4]!.backgroundColor).toBe(theme.diverging.better);
    expect(datasets.reduce((n, d) => n + d.data.length, 0)).toBe(16);
  });

  it('prints two decimals with a true minus, hatches missing cells and says so in the alt text', () => {
    const spec = correlationChart(
      { corner: 'Indicator', columns: ['A', 'B'], rows: [{ label: 'x', values: [-0.5, null] }] },
      { id: 'test', title: 'Test' },
    );
    const marks = (spec.config.options as { plugins: { piMarks: { marks: { text: string }[]; hatch: unknown[] } } }).plugins.piMarks;
    expect(marks.marks.map((m) => m.text)).toEqual(['−0.50', 'no data']);
    expect(marks.hatch).toHaveLength(1);
    expect(spec.alt).toBe('Correlation heatmap, 1 rows by 2 columns; correlations range from −0.50 to −0.50. 1 cell has no correlation.');
  });
});

describe('auditPage', () => {
  it('is a complete page with the plain-words flags, three tables and two figures linking PNG, SVG and CSV', () => {
    const page = auditPage(audit, { root: '../', chartBase: 'charts/', indexTitle: 'Fixture Index' });
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<title>Statistical audit of the Fixture Index, 2024 edition</title>');
    expect(page).toContain('href="../assets/style.css"');
    expect(page.match(/<table>/g)).toHaveLength(3);
    for (const id of ['audit-dimensions', 'audit-indicators']) {
      for (const ext of ['png', 'svg', 'csv']) expect(page).toContain(`"charts/${id}.${ext}"`);
    }
    expect(page).toContain('Against A correlates negatively with its own dimension, Alpha (r = −0.57)');
    expect(page).toContain('Constant B has the same value in all 6 countries');
    expect(page).toContain('Big C dominates Gamma (r = 0.99)');
  });

  it('explains every flag of the fixture in one sentence each, indicators first', () => {
    expect(flagSentences(audit)).toMatchSnapshot();
  });

  it('escapes names from the data', () => {
    const result = synthetic({ D: ['x', 'y'] }, { x: [1, 2, 3, 4], y: [4, 3, 2, 1], D: [1, 2, 3, 4], INDEX: [1, 2, 3, 4] });
    result.hierarchy.nodes.y!.name = '<script>alert(1)</script>';
    const page = auditPage(auditIndex(result), { root: '', chartBase: '' });
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
  });

  it('says so when nothing is flagged', () => {
    const clean = auditIndex(synthetic({ D: ['x', 'y'] }, { x: [1, 2, 3, 4], y: [1, 2, 4, 3], D: [1, 2, 3.5, 3.5], INDEX: [1, 2, 3.5, 3.5] }));
    expect(flagSentences(clean)).toEqual([]);
    expect(auditPage(clean, { root: '', chartBase: '' })).toContain(auditEn.noFlags);
  });

  it.each(['fr', 'es', 'ar'])('reads in %s: flags, chart captions, rules and table titles (snapshot), numbers in the locale', (code) => {
    const s = auditStrings(languages[code]!.strings, languages[code]!.locale);
    const charts = auditCharts(audit, { strings: s, indexTitle: 'Fixture Index' });
    const t = auditTables(audit, s);
    expect({
      flags: flagSentences(audit, s),
      charts: charts.map((c) => ({ title: c.title, subtitle: c.subtitle, source: c.source, notes: c.notes, alt: c.alt })),
      rules: s.rules(audit.rules),
      tables: [t.indicators, t.dimensions, t.matrix].map((x) => x.title),
    }).toMatchSnapshot();
    if (code !== 'ar') expect(flagSentences(audit, s).join(' ')).toContain('\u22120,57');
  });

  it('prints the thresholds it applies', () => {
    expect(auditEn.rules(audit.rules).join(' ')).toMatch(/below 0\..*0\.9 or more \(over 81%.*below 0\.5.*fewer than 3.*below 0\.7.*less than 50%/);
  });
});
