import { GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { rankingBar } from '../../src/report/charts/ranking-bar.js';
import type { ChartSpec } from '../../src/report/charts/types.js';
import { addViewBox, renderPdf, renderPng, renderSvg, renumberSvgIds } from '../../src/report/render/chart.js';
import { registerFonts } from '../../src/report/render/fonts.js';
import { AR, AR_NAMES } from './fixtures/arabic.js';
import { sampleSpecs } from './fixtures/specs.js';
import { PNG_SIGNATURE, distinctColours, pngSize } from './helpers.js';

// Small data: the five sample charts, rendered at scale 1 except where the scale is the point.
const specs = sampleSpecs();

describe('renderPng', () => {
  it.each(specs.map((s) => [s.id, s] as const))('%s: a PNG of the spec’s size, not blank', async (_id, spec) => {
    const png = renderPng(spec, { scale: 1 });
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(png)).toEqual({ width: spec.width, height: spec.height });
    expect(await distinctColours(png)).toBeGreaterThan(20);
  });

  it('draws at print resolution by default: 3 device px per CSS px', () => {
    const spec = { ...rankingBar([{ label: 'A', value: 50 }, { label: 'B', value: 20 }]), width: 300, height: 200 };
    expect(pngSize(renderPng(spec))).toEqual({ width: 900, height: 600 });
  });

  it('rejects a scale that is not a positive number', () => {
    expect(() => renderPng(specs[0]!, { scale: 0 })).toThrow(/scale must be a positive number/);
  });
});

describe('renderSvg', () => {
  it.each(specs.map((s) => [s.id, s] as const))('%s: vector SVG with a viewBox, its words as text', (_id, spec) => {
    const svg = renderSvg(spec);
    expect(svg).toMatch(new RegExp(`<svg[^>]* viewBox="0 0 ${spec.width} ${spec.height}"`));
    expect(svg).not.toMatch(/<image\b/);
    expect((svg.match(/<(path|rect)\b/g) ?? []).length).toBeGreaterThan(5);
    expect((svg.match(/<text\b/g) ?? []).length).toBeGreaterThan(5);
  });
});

describe('determinism', () => {
  it('the same spec gives byte-identical PNG and SVG', () => {
    const small = (spec: ChartSpec) => ({ ...spec, width: 600, height: 400 });
    for (const spec of [small(specs[1]!), small(specs[3]!)]) {
      expect(renderPng(spec, { scale: 1 }).equals(renderPng(spec, { scale: 1 }))).toBe(true);
      expect(renderSvg(spec)).toBe(renderSvg(spec));
    }
  });

  it('renumbers Skia’s process-wide SVG ids from 1, references included', () => {
    const svg = '<clipPath id="cl_a"/><g clip-path="url(#cl_a)"/><clipPath id="cl_7"/><use href="#cl_7"/>';
    expect(renumberSvgIds(svg)).toBe('<clipPath id="cl_1"/><g clip-path="url(#cl_1)"/><clipPath id="cl_2"/><use href="#cl_2"/>');
  });

  it('adds a viewBox only when missing', () => {
    expect(addViewBox('<svg width="10" height="5">', 10, 5)).toBe('<svg width="10" height="5" viewBox="0 0 10 5">');
    expect(addViewBox('<svg viewBox="0 0 1 1">', 10, 5)).toBe('<svg viewBox="0 0 1 1">');
  });
});

describe('fonts and right-to-left', () => {
  it('an Arabic-labelled rtl chart renders and the Arabic font is registered', async () => {
    const [ranking] = sampleSpecs({ locale: 'ar', dir: 'rtl', strings: AR }, (s) => AR_NAMES[s] ?? s);
    const png = renderPng(ranking!, { scale: 1 });
    expect(await distinctColours(png)).toBeGreaterThan(20);
    expect(GlobalFonts.has('Noto Sans Arabic')).toBe(true);
    expect(GlobalFonts.has('Noto Sans')).toBe(true);
  });

  it('registering fonts twice is harmless', () => {
    expect(() => {
      registerFonts();
      registerFonts();
    }).not.toThrow();
  });
});

describe('renderPdf', () => {
  it('writes one page per chart', () => {
    const pdf = renderPdf([specs[0]!, specs[2]!], { title: 'Charts' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
  });
});
