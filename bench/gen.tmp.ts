import { createRng } from "../src/analysis/stats/rng.js"; import type { Answer, Dataset } from "../src/schema/dataset.js"; import { Methodology } from "../src/schema/methodology.js";
export function generate(countries: number, rng = createRng(20240601, 0)): Dataset {
  const dims = Array.from({ length: 4 }, (_, d) => ({ id: `D${d + 1}`, name: `Dimension ${d + 1}`, parent: null, weight: 1 + (d % 2), description: null }));
  const subs = Array.from({ length: 12 }, (_, s) => ({ id: `S${s + 1}`, name: `Sub-dimension ${s + 1}`, parent: `D${(s % 4) + 1}`, weight: 1, description: null }));
  const indicators = Array.from({ length: 60 }, (_, i) => ({
    id: `x${i + 1}`, dimension: `S${(i % 12) + 1}`, name: `Indicator ${i + 1}`, question: null, type: 'numeric' as const, scale: null,
    direction: i % 5 === 0 ? ('lower' as const) : ('higher' as const), lower: null, upper: null, target: null, goal_low: null, goal_high: null,
    weight: 1 + (i % 3), source: null, recommendation: null,
  }));
  const iso = (k: number) => String.fromCharCode(65 + Math.floor(k / 676), 65 + (Math.floor(k / 26) % 26), 65 + (k % 26));
  const countryRows = Array.from({ length: countries }, (_, k) => ({ iso3: iso(k), name: `Country ${iso(k)}`, region: `R${k % 6}` }));
  const answers: Answer[] = [];
  for (const c of countryRows) {
    const level = rng.next();
    for (const ind of indicators) {
      const missing = rng.next() < 0.03;
      const x = 100 * (0.6 * level + 0.4 * rng.next());
      answers.push({
        country: c.iso3, indicator: ind.id, edition: 2024, scope: 'full', justification: null, source: null, sourceUrls: [], sourceDate: null,
        at: { file: `countries/${c.iso3}.csv` },
        value: missing ? { kind: 'missing' } : { kind: 'number', value: ind.direction === 'lower' ? 100 - x : x },
      });
    }
  }
  return {
    root: '(generated)', dimensions: [...dims, ...subs], indicators, scales: {}, countries: countryRows, answers, editions: [2024],
    methodology: Methodology.parse({ normalise: { numeric: { method: 'minmax', low: 1, high: 100 } }, ranking: { minCoverage: 0.7 } }),
  };
}
