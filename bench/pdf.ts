/**
 * Benchmark: the PDF scorecards of the shipped project, the first N countries in each language
 * (default English and Arabic), drawn one after another in this thread, many times. Prints the
 * median milliseconds per PDF and its split: layout (measuring, wrapping, paginating in
 * JavaScript), draw (every page drawn into the PDF document, the radar included; Skia writes and
 * compresses each page as it ends), close (the fonts subset and embedded, the file written);
 * the process's CPU time per PDF; and, apart, what drawing the radar's canvas alone costs. Also
 * prints a sha-256 of all the PDFs' bytes (a run that differs from the first fails: the output
 * must be deterministic) and the machine's load average before and after.
 *
 * `--against DIR` also loads the scorecard code of another checkout of this project (e.g. a copy
 * of main with node_modules linked; it needs layoutScorecard and drawScorecard) and draws the
 * cards with both, run by run, alternating which goes first, so that both see the same load on
 * a busy machine; it prints both versions, whether their bytes are the same, and the median of
 * the per-card differences.
 * Usage: npm run bench:pdf [-- --countries 10 --runs 15 --lang en,ar --against /tmp/main-copy]
 */
import { createHash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readTranslations } from '../src/io/translations.js';
import { t } from '../src/messages/t.js';
import { loadProject } from '../src/project.js';
import { planLanguages } from '../src/report/languages-plan.js';
import { withChartCanvas } from '../src/report/pdf/chart-canvas.js';
import * as here from '../src/report/pdf/scorecard-pdf.js';

const { values } = parseArgs({ options: { countries: { type: 'string', default: '10' }, runs: { type: 'string', default: '15' }, lang: { type: 'string', default: 'en,ar' }, against: { type: 'string' } } });
const n = Number(values.countries);
const runs = Number(values.runs);
const codes = values.lang!.split(',');
const repo = new URL('..', import.meta.url).pathname;

type Code = Pick<typeof here, 'layoutScorecard' | 'drawScorecard'>;
const versions: { name: string; code: Code }[] = [{ name: 'this checkout', code: here }];
if (values.against) versions.unshift({ name: values.against, code: (await import(join(values.against, 'src/report/pdf/scorecard-pdf.js'))) as Code });

const { dataset, problems } = await loadProject(repo);
if (!dataset) throw new Error(problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n'));
const translations: Record<string, Map<string, string>> = {};
for (const l of codes) translations[l] = (await readTranslations(repo, l)).table;
const only = dataset.countries.slice(0, n).map((c) => c.iso3);
const plans = planLanguages({ dataset, languages: codes, translations, only }, true);

interface Split { layout: number; draw: number; close: number; total: number; cpu: number; radar: number }
/** samples[version][language]: one Split per PDF drawn after the warm-up. */
const samples = versions.map(() => new Map<string, Split[]>(codes.map((c) => [c, []])));
const digests = versions.map(() => '');
const turn = () => new Promise<void>((r) => setImmediate(r));
const load0 = loadavg();

function one(code: Code, card: Parameters<Code['layoutScorecard']>[0], o: Parameters<Code['layoutScorecard']>[1]): { bytes: Buffer; split: Split } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const layout = code.layoutScorecard(card, o);
  const t1 = performance.now();
  const doc = code.drawScorecard(layout, card, o);
  const t2 = performance.now();
  const bytes = doc.close();
  const t3 = performance.now();
  const c1 = process.cpuUsage(c0);
  withChartCanvas(o.radar!, 680, () => 0);
  const t4 = performance.now();
  return { bytes, split: { layout: t1 - t0, draw: t2 - t1, close: t3 - t2, total: t3 - t0, cpu: (c1.user + c1.system) / 1000, radar: t4 - t3 } };
}

for (let run = 0; run <= runs; run++) {
  const hashes = versions.map(() => createHash('sha256'));
  // Each version draws all the cards in turn, the first alternating from run to run. Not card by
  // card: Skia caches the shaping of recent text, so the second to draw a card would find its
  // lines shaped; many other cards in between push them out of that cache.
  const order = versions.map((_, v) => v);
  if (run % 2) order.reverse();
  for (const v of order) {
    for (const { lang, plan } of plans) {
      const options = { strings: lang.strings, locale: lang.locale, dir: lang.dir, indexName: t(lang.strings, 'index.title') };
      for (const { card, radar } of plan.cards) {
        const { bytes, split } = one(versions[v]!.code, card, { ...options, radar: radar.spec });
        hashes[v]!.update(bytes);
        // run 0 warms up (fonts, caches, JIT) and is not counted
        if (run > 0) samples[v]!.get(lang.code)!.push(split);
        await turn(); // lets the canvas library free the pages it drew
      }
    }
  }
  hashes.forEach((h, v) => {
    const d = h.digest('hex');
    if (digests[v] && d !== digests[v]) throw new Error(`${versions[v]!.name}: run ${run} gave different PDF bytes from run 0: the output is not deterministic`);
    digests[v] = d;
  });
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
versions.forEach(({ name }, v) => {
  console.log(`${name}:`);
  for (const [code, xs] of samples[v]!) {
    const col = (key: keyof Split) => ms(median(xs.map((x) => x[key])));
    console.log(`  ${code}: total ${col('total')} = layout ${col('layout')} + draw ${col('draw')} + close ${col('close')}; CPU ${col('cpu')}   (radar canvas alone ${col('radar')})`);
  }
  console.log(`  sha-256 of all PDFs of a run: ${digests[v]}`);
});
if (versions.length === 2) {
  console.log(`bytes ${digests[0] === digests[1] ? 'identical' : 'DIFFERENT'} between the two versions; median per-card difference (this checkout − ${versions[0]!.name}):`);
  for (const code of codes) {
    const a = samples[0]!.get(code)!;
    const b = samples[1]!.get(code)!;
    const diff = (key: keyof Split) => ms(median(b.map((x, i) => x[key] - a[i]![key])));
    console.log(`  ${code}: total ${diff('total')} = layout ${diff('layout')} + draw ${diff('draw')} + close ${diff('close')}; CPU ${diff('cpu')}`);
  }
}
