/**
 * Data flows one way (files → validated dataset → scores → analysis → reports), so a stage
 * imports only from the floors beneath it. These tests pin the ground floors: `src/problems/`
 * (the Problem type, the data-message catalogue, near-miss suggestions) imports nothing from any
 * stage, and the edges that read files (`src/schema/`, `src/io/`) import nothing from the stages
 * that consume what they read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

/** Every relative import of every .ts file under `src/<folder>`, as the src folder it lands in. */
function importsOf(folder: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/from\s+'(\.[^']*)'/g)) {
          const target = relative(SRC, resolve(dirname(path), m[1]!)).split('/')[0]!;
          out.push({ file: relative(SRC, path), target });
        }
      }
    }
  };
  walk(join(SRC, folder));
  return out;
}

const outside = (folder: string, allowed: readonly string[]) =>
  importsOf(folder)
    .filter(({ target }) => target !== folder && !allowed.includes(target))
    .map(({ file, target }) => `${file} imports from ${target}/`);

describe('one-way data flow between the folders of src/', () => {
  it('src/problems imports nothing from any stage (every stage may use it)', () => {
    expect(importsOf('problems').length).toBeGreaterThan(0);
    expect(outside('problems', [])).toEqual([]);
  });

  it('src/schema imports only from problems/ and lib/', () => {
    expect(outside('schema', ['problems', 'lib'])).toEqual([]);
  });

  it('src/io imports from no stage that consumes what it reads (validate, engine, analysis, report, cli)', () => {
    expect(outside('io', ['problems', 'lib', 'schema', 'messages'])).toEqual([]);
  });
});
