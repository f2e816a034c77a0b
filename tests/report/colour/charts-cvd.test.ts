/**
 * Every chart's categories stay distinguishable with colour-blind vision, checked on the rendered
 * PNG: each category colour of the chart is found among the PNG's pixels, the whole image is
 * simulated with Machado et al. (2009) for protanopia, deuteranopia and tritanopia (written to
 * test-output/colour-vision/ to look at), and every pair of category colours as they appear in the
 * simulated image must differ by at least MIN_DELTA_E (CIEDE2000).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { correlationChart } from '../../../src/analysis/audit/correlation-chart.js';
import { rankIntervalChart, sensitivityChart } from '../../../src/analysis/sensitivity/charts.js';
import { runSensitivity } from '../../../src/analysis/sensitivity/run.js';
import { SensitivitySettings } from '../../../src/schema/methodology.js';
import { loadFixture } from '../../engine/fixture.js';
import type { ChartSpec } from '../../../src/report/charts/types.js';
import { ciede2000, hexToRgb, rgbToLab, simulate, type Deficiency, type Rgb } from '../../../src/report/colour/index.js';
import { renderPng } from '../../../src/report/render/chart.js';
import { theme } from '../../../src/report/charts/theme.js';
import { sampleSpecs } from '../fixtures/specs.js';

/** CIEDE2000 of 10 reads as two clearly different colours side by side (1 is just noticeable). */
const MIN_DELTA_E = 10;
const OUT = new URL('../../../test-output/colour-vision/', import.meta.url).pathname;
const VISIONS: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

/** The colours that tell a chart's categories apart: fills of bars and cells, lines of lines and points. */
function categoryColours(spec: ChartSpec): string[] {
  const out = new Set<string>();
  const type = spec.config.type as string;
  for (const d of spec.config.data.datasets as Record<string, unknown>[]) {
    const dtype = (d.type as string | undefined) ?? type;
    const colour = dtype === 'bar' || dtype === 'matrix' ? d.backgroundColor : d.borderColor;
    for (const c of [colour].flat()) {
      if (typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c) && c.toLowerCase() !== theme.background) out.add(c.toUpperCase());
    }
  }
  return [...out];
}

async function pixels(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { canvas, ctx, image: ctx.getImageData(0, 0, image.width, image.height) };
}

const key = (r: number, g: number, b: number) => (r << 16) | (g << 8) | b;

const correlation = correlationChart(
  { corner: 'Indicator', columns: ['A', 'B', 'C'], rows: [
    { label: 'A', values: [1, -0.7, 0.05] }, { label: 'B', values: [-0.7, 1, -0.3] },
    { label: 'C', values: [0.05, -0.3, 1] }, { label: 'D', values: [0.4, null, 0.9] },
  ] },
  { id: 'correlation', title: 'Correlations' },
);
// the sensitivity analysis' two charts, on a short run over the ASEM fixture
const sensitivity = runSensitivity(await loadFixture('asem'), SensitivitySettings.parse({ runs: 200, seed: 5, weightNoise: 0.2, normalisers: [{ method: 'minmax' }, { method: 'zscore' }], dropIndicator: true }));
const specs = [...sampleSpecs(), correlation, rankIntervalChart(sensitivity), sensitivityChart(sensitivity)];

describe('colour-blind check of every chart palette, on the rendered PNG', () => {
  it.each(specs.map((s) => [s.id, s] as const))('%s: categories stay distinguishable (ΔE00 ≥ 10) with protanopia, deuteranopia and tritanopia', async (id, spec) => {
    const colours = categoryColours(spec);
    expect(colours.length).toBeGreaterThanOrEqual(2);
    const { canvas, ctx, image } = await pixels(renderPng(spec, { scale: 1 }));
    const count = new Map<number, number>();
    for (let i = 0; i < image.data.length; i += 4) {
      const k = key(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!);
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    // every category colour is really drawn (at least 15 pixels of exactly that colour)
    const drawn = colours.filter((c) => (count.get(key(...hexToRgb(c))) ?? 0) >= 15);
    expect(drawn).toEqual(colours);

    mkdirSync(OUT, { recursive: true });
    for (const vision of VISIONS) {
      // simulate the whole image, one unique colour at a time
      const cache = new Map<number, Rgb>();
      const out = ctx.createImageData(image.width, image.height);
      for (let i = 0; i < image.data.length; i += 4) {
        const k = key(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!);
        let s = cache.get(k);
        if (!s) cache.set(k, (s = simulate([image.data[i]!, image.data[i + 1]!, image.data[i + 2]!], vision)));
        out.data[i] = Math.round(s[0]);
        out.data[i + 1] = Math.round(s[1]);
        out.data[i + 2] = Math.round(s[2]);
        out.data[i + 3] = 255;
      }
      ctx.putImageData(out, 0, 0);
      writeFileSync(join(OUT, `${id}-${vision}.png`), canvas.toBuffer('image/png'));
      ctx.putImageData(image, 0, 0);
      // each category colour as it appears in the simulated image
      const seen = colours.map((c) => rgbToLab(cache.get(key(...hexToRgb(c)))!));
      const close: string[] = [];
      for (let i = 0; i < seen.length; i += 1) {
        for (let j = i + 1; j < seen.length; j += 1) {
          const d = ciede2000(seen[i]!, seen[j]!);
          if (d < MIN_DELTA_E) close.push(`${vision}: ${colours[i]} vs ${colours[j]} ΔE00 ${d.toFixed(1)}`);
        }
      }
      expect(close).toEqual([]);
    }
  }, 30_000);
});
