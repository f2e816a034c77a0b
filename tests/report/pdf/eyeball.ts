// Writes /tmp/scorecard-en.pdf and /tmp/scorecard-ar.pdf for a look by eye, with timings:
//   npx tsx tests/report/pdf/eyeball.ts && pdftoppm -r 60 -png /tmp/scorecard-en.pdf /tmp/sc-en
import { writeFileSync } from 'node:fs';
import { en } from '../../../src/messages/report-en.js';
import { scorecardPdf } from '../../../src/report/pdf/scorecard-pdf.js';
import { AR_STRINGS, arabicCard, longCard, radarOf } from './fixtures.js';

const runs = [
  { name: 'en', card: longCard(), o: { strings: en, locale: 'en', dir: 'ltr' as const } },
  { name: 'ar', card: arabicCard(), o: { strings: AR_STRINGS, locale: 'ar', dir: 'rtl' as const } },
];
for (const r of runs) {
  const radar = radarOf(r.card, r.o);
  const opts = { ...r.o, radar, indexName: 'Ending Immigration Detention of Children Index' };
  const times: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let k = 0; k < 10; k++) {
    const t0 = performance.now();
    pdf = scorecardPdf(r.card, opts);
    times.push(performance.now() - t0);
  }
  const noRadar: number[] = [];
  for (let k = 0; k < 10; k++) {
    const t0 = performance.now();
    scorecardPdf(r.card, { ...opts, radar: null });
    noRadar.push(performance.now() - t0);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!.toFixed(1);
  writeFileSync(`/tmp/scorecard-${r.name}.pdf`, pdf);
  console.log(r.name, `${pdf.length} B`, `first ${times[0]!.toFixed(0)} ms, median ${med(times)} ms with radar, ${med(noRadar)} ms without`);
}
const { emptyCard } = await import('./fixtures.js');
writeFileSync('/tmp/scorecard-empty.pdf', scorecardPdf(emptyCard(), { strings: en, locale: 'en', dir: 'ltr', radar: null, indexName: 'Index' }));
