import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRng } from '../src/analysis/stats/rng.js';

/**
 * A synthetic data project of `countries` countries on the shipped framework (indicators/ is
 * copied), with seeded random answers for 2018 and 2024 (about 10% missing), for benchmarks.
 */
export async function generateProject(dir: string, countries: number, seed = 1): Promise<void> {
  const repo = new URL('..', import.meta.url).pathname;
  await mkdir(join(dir, 'countries'), { recursive: true });
  await cp(join(repo, 'indicators'), join(dir, 'indicators'), { recursive: true });
  const indicators = (await readFile(join(repo, 'indicators/indicators.csv'), 'utf8')).split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]!);
  const scales = (await readFile(join(repo, 'indicators/scales.csv'), 'utf8')).split('\n').slice(1).filter(Boolean);
  const codes = new Map<string, string[]>();
  for (const line of scales) {
    const [scale, code] = line.split(',');
    codes.set(scale!, [...(codes.get(scale!) ?? []), code!]);
  }
  const rng = createRng(seed);
  const regions = ['Africa', 'Americas', 'Asia-Pacific', 'Europe', 'Middle East and North Africa'];
  const rows = ['iso3,name,region'];
  for (let c = 0; c < countries; c++) {
    const iso3 = String.fromCharCode(65 + Math.floor(c / 676), 65 + (Math.floor(c / 26) % 26), 65 + (c % 26));
    rows.push(`${iso3},Country ${iso3},${regions[c % regions.length]}`);
    const lines = ['indicator,edition,answer,scope,justification,source,source_url,source_date'];
    for (const edition of [2018, 2024]) {
      for (const ind of indicators) {
        if (rng.next() < 0.1) { lines.push(`${ind},${edition},,,,,,`); continue; }
        const options = codes.get(ind)!;
        const code = options[rng.int(options.length)]!;
        const scope = rng.next() < 0.1 ? 'partial' : '';
        lines.push(`${ind},${edition},${code},${scope},Synthetic answer for benchmarking.,Benchmark generator,https://example.org/${iso3},${edition}-06-30`);
      }
    }
    await writeFile(join(dir, 'countries', `${iso3}.csv`), `${lines.join('\n')}\n`);
  }
  await writeFile(join(dir, 'countries/countries.csv'), `${rows.join('\n')}\n`);
}
