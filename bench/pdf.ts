/**
 * Benchmark: the PDF scorecards of the shipped project, the first N countries in each language
 * (default English and Arabic), drawn one after another in this thread, many times. Prints the
 * median milliseconds per PDF and its split: layout (measuring, wrapping, paginating in
 * JavaScript), draw (every page drawn into the PDF document, the radar included), close
 * (serialising and subsetting the fonts); and, apart, what drawing the radar's canvas alone
 * costs. Also prints a sha-256 of all the PDFs' bytes, so two versions of the code can be
 * compared for identical output, and the machine's load average before and after.
 * Usage: npm run bench:pdf [-- --countries 10 --runs 15 --lang en,ar]
 */
import { createHash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { readTranslations } from '../src/io/translations.js';
import { t } from '../src/messages/t.js';
import { loadProject } from '../src/project.js';
import { planLanguages } from '../src/report/languages-plan.js';
import { withChartCanvas } from '../src/report/pdf/chart-canvas.js';
import { drawScorecard, layoutScorecard } from '../src/report/pdf/scorecard-pdf.js';

const { values } = parseArgs({ options: { countries: { type: 'string', default: '10' }, runs: { type: 'string', default: '15' }, lang: { type: 'string', default: 'en,ar' } } });
const n = Number(values.countries);
const runs = Number(values.runs);
const codes = values.lang!.split(',');
const repo = new URL('..', import.meta.url).pathname;

const { dataset, problems } = await loadProject(repo);
if (!dataset) throw new Error(problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n'));
const translations: Record<string, Map<string, string>> = {};
for (const l of codes) translations[l] = (await readTranslations(repo, l)).table;
const only = dataset.countries.slice(0, n).map((c) => c.iso3);
const plans = planLanguages({ dataset, languages: codes, translations, only }, true);

interface Split { layout: number; draw: number; close: number; total: number; radar: number }
const samples = new Map<string, Split[]>(codes.map((c) => [c, []]));
const turn = () => new Promise<void>((r) => setImmediate(r));
const load0 = loadavg();
let digest = '';

for (let run = 0; run <= runs; run++) {
  const hash = createHash('sha256');
  for (const { lang, plan } of plans) {
    const options = { strings: lang.strings, locale: lang.locale, dir: lang.dir, indexName: t(lang.strings, 'index.title') };
    for (const { card, radar } of plan.cards) {
      const o = { ...options, radar: radar.spec };
      const t0 = performance.now();
      const layout = layoutScorecard(card, o);
      const t1 = performance.now();
      const doc = drawScorecard(layout, card, o);
      const t2 = performance.now();
      const bytes = doc.close();
      const t3 = performance.now();
      withChartCanvas(radar.spec, 680, () => 0);
      const t4 = performance.now();
      hash.update(bytes);
      // run 0 warms up (fonts, caches, JIT) and is not counted
      if (run > 0) samples.get(lang.code)!.push({ layout: t1 - t0, draw: t2 - t1, close: t3 - t2, total: t3 - t0, radar: t4 - t3 });
      await turn(); // lets the canvas library free the pages it drew
    }
  }
  const d = hash.digest('hex');
  if (digest && d !== digest) throw new Error(`run ${run} gave different PDF bytes from run 1: the output is not deterministic`);
  digest = d;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => x.toFixed(1).padStart(6);
const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`);
console.log(`load average (1, 5, 15 min): ${la(load0)} before, ${la(loadavg())} after; ${new Date().toISOString().slice(0, 16)}Z`);
console.log(`${n} countries × ${codes.join(',')}, ${runs} runs after one warm-up; median ms per PDF:`);
for (const [code, xs] of samples) {
  const col = (k: keyof Split) => ms(median(xs.map((x) => x[k])));
  console.log(`  ${code}: total ${col('total')} = layout ${col('layout')} + draw ${col('draw')} + close ${col('close')}   (radar canvas alone ${col('radar')})`);
}
console.log(`sha-256 of all PDFs of a run: ${digest}`);
