import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/report/charts/types.js';
import { renderPdf, renderPng, renderSvg } from '../../src/report/render/chart.js';
import { languages } from '../../src/messages/languages.js';
import { AR_NAMES } from './fixtures/arabic.js';
import { sampleSpecs } from './fixtures/specs.js';
import { svgText } from './helpers.js';

const specs = sampleSpecs({ source: 'Source: Sample Index, 2025 edition.', edition: '2025' });
const lines = (text: unknown) => (Array.isArray(text) ? text.join(' ') : String(text));
const plugins = (spec: ChartSpec) => spec.config.options?.plugins as Record<string, { text?: unknown; lines?: string[] }>;

/** The rows (y) of two same-sized PNGs that differ. */
async function differingRows(a: Buffer, b: Buffer): Promise<number[]> {
  const read = async (png: Buffer) => {
    const image = await loadImage(png);
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    return { w: image.width, data: canvas.getContext('2d').getImageData(0, 0, image.width, image.height).data };
  };
  const [x, y] = [await read(a), await read(b)];
  const rows = new Set<number>();
  for (let i = 0; i < x.data.length; i += 1) if (x.data[i] !== y.data[i]) rows.add(Math.floor(i / 4 / x.w));
  return [...rows].sort((m, n) => m - n);
}

/** The same spec with its footer lines blanked: same layout, no footer text. */
const blankFooter = (spec: ChartSpec): ChartSpec => {
  const footer = plugins(spec).piFooter!;
  return {
    ...spec,
    config: { ...spec.config, options: { ...spec.config.options, plugins: { ...spec.config.options?.plugins, piFooter: { ...footer, lines: footer.lines!.map(() => '') } } } },
  };
};

describe('chart captions', () => {
  it.each(specs.map((s) => [s.id, s] as const))('%s: title (the finding), subtitle, source and notes are in the configuration', (_id, spec) => {
    const p = plugins(spec);
    expect(lines(p.title?.text)).toBe(spec.title);
    expect(lines(p.subtitle?.text)).toBe(spec.subtitle);
    expect(spec.subtitle).toMatch(/2025/);
    expect(spec.source).toBe('Source: Sample Index, 2025 edition.');
    expect(spec.notes.length).toBeGreaterThan(0);
    expect(p.piFooter?.lines?.join(' ')).toBe([spec.source, ...spec.notes].join(' '));
  });

  it('computes the finding from the data', () => {
    const [ranking, heatmap, radar, change, distribution] = specs.map((s) => s.title);
    expect(ranking).toBe('Belgium leads with 94.9; 2 of 21 countries rated Very limited');
    expect(heatmap).toMatch(/^\S.* is the weakest dimension, averaging \d+\.\d; .* the strongest, at \d+\.\d$/);
    expect(radar).toMatch(/^Mexico is strongest on Practice \(99\.3\) and weakest on Legal framework \(75\.1\)$/);
    expect(change).toMatch(/^\d+ of 20 countries improved since 2024; \S.* gained most \(\+\d+\.\d\)$/);
    expect(distribution).toMatch(/^Evidence is thinnest on .*: \d+ of 24 countries unanswered$/);
  });

  it('names every country sharing first place', async () => {
    const { rankingBar } = await import('../../src/report/charts/ranking-bar.js');
    const spec = rankingBar([{ label: 'B', value: 80 }, { label: 'A', value: 80 }, { label: 'C', value: 20 }]);
    expect(spec.title).toBe('A and B share first place with 80.0; C comes last with 20.0');
  });

  it('wraps a long title over several lines instead of squeezing it', async () => {
    const { rankingBar } = await import('../../src/report/charts/ranking-bar.js');
    const spec = rankingBar([{ label: 'A', value: 1 }], { title: 'word '.repeat(60).trim() });
    const text = plugins(spec).title?.text as string[];
    expect(text.length).toBeGreaterThan(2);
    expect(text.join(' ')).toBe(spec.title);
  });

  it.each(specs.map((s) => [s.id, s] as const))('%s: the footer is drawn at the foot of the PNG', async (_id, spec) => {
    // blanking the footer text changes the image in the footer band only, and there
    const n = plugins(spec).piFooter!.lines!.length;
    const rows = await differingRows(renderPng(spec, { scale: 1 }), renderPng(blankFooter(spec), { scale: 1 }));
    expect(rows.length).toBeGreaterThan(n * 8);
    expect(rows[0]).toBeGreaterThanOrEqual(spec.height - 12 - n * 16);
  });

  it('the footer is drawn in the SVG (as text) and the PDF too (a larger page)', () => {
    const spec = specs[0]!;
    const footer = plugins(spec).piFooter!.lines!;
    for (const line of footer) {
      expect(svgText(renderSvg(spec))).toContain(line);
      expect(svgText(renderSvg(blankFooter(spec)))).not.toContain(line);
    }
    expect(renderPdf([spec]).length).toBeGreaterThan(renderPdf([blankFooter(spec)]).length + 200);
  });
});

describe('chart captions in every language (snapshot)', () => {
  it.each(['en', 'fr', 'es', 'ar'])('%s', (code) => {
    const l = languages[code]!;
    const rename = code === 'ar' ? (s: string) => AR_NAMES[s] ?? s : (s: string) => s;
    const words = sampleSpecs({ locale: l.locale, dir: l.dir, strings: l.chart, edition: '2025' }, rename)
      .map((s) => [`# ${s.id}`, s.title, s.subtitle, s.source, ...s.notes].join('\n'))
      .join('\n\n');
    expect(words).toMatchSnapshot();
  });
});
