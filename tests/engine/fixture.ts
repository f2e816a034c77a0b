import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../src/engine/build-index.js';
import type { CountryResult, EditionResult, IndexResult } from '../../src/engine/types.js';
import { loadProject } from '../../src/project.js';
import type { Dataset } from '../../src/schema/dataset.js';
import type { ValidateOptions } from '../../src/validate/project.js';

/** Absolute path of tests/fixtures/engine/<name>. */
export const fixtureDir = (name: string): string => fileURLToPath(new URL(`../fixtures/engine/${name}`, import.meta.url));

/** Loads a fixture project (today fixed, so no "future date" surprises); throws on any problem. */
export async function loadFixture(name: string, overrides?: ValidateOptions['overrides']): Promise<Dataset> {
  const { dataset, problems } = await loadProject(fixtureDir(name), { today: '2025-01-01', overrides });
  if (!dataset || problems.length > 0) {
    throw new Error(`fixture ${name}: ${problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n')}`);
  }
  return dataset;
}

export async function buildFixture(name: string, overrides?: ValidateOptions['overrides']): Promise<IndexResult> {
  return buildIndex(await loadFixture(name, overrides));
}

export function edition(result: IndexResult, year: number): EditionResult {
  const e = result.editions.find((x) => x.edition === year);
  if (!e) throw new Error(`no edition ${year}`);
  return e;
}

export function country(e: EditionResult, iso3: string): CountryResult {
  const c = e.countries.find((x) => x.iso3 === iso3);
  if (!c) throw new Error(`no country ${iso3} in edition ${e.edition}`);
  return c;
}
