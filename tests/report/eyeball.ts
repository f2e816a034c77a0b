// Renders one PNG (and SVG) of each chart kind to /tmp/chart-*.png for a look by eye, with timings:
//   npx tsx tests/report/eyeball.ts [ar]
import { writeFileSync } from 'node:fs';
import { renderPng, renderSvg } from '../../src/report/render/chart.js';
import { AR, AR_NAMES } from './fixtures/arabic.js';
import { sampleSpecs } from './fixtures/specs.js';

const rtl = process.argv[2] === 'ar';
const specs = rtl ? sampleSpecs({ locale: 'ar', dir: 'rtl', strings: AR }, (s) => AR_NAMES[s] ?? s) : sampleSpecs();
for (const spec of specs) {
  const t0 = performance.now();
  const png = renderPng(spec, { scale: Number(process.env.SCALE ?? 3) });
  const t1 = performance.now();
  const svg = renderSvg(spec);
  const t2 = performance.now();
  const name = `/tmp/chart-${spec.id}${rtl ? '-rtl' : ''}`;
  writeFileSync(`${name}.png`, png);
  writeFileSync(`${name}.svg`, svg);
  console.log(spec.id, `png ${(t1 - t0).toFixed(0)} ms (${png.length} B)`, `svg ${(t2 - t1).toFixed(0)} ms (${svg.length} B)`);
  console.log('  ', spec.alt);
}
