/**
 * Property tests over everything that reads untrusted files: for arbitrary bytes and text (quotes,
 * delimiters, CR/LF, NUL, BOMs, invalid UTF-8, long fields), decodeText, parseCsv and loadProject
 * return data or a list of problems — never throw — and finish within a bounded time.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FIELD_CHARS, parseCsv } from '../../src/io/csv.js';
import { decodeText } from '../../src/io/decode.js';
import { specs } from '../../src/io/project.js';
import { loadProject } from '../../src/project.js';
import { formatProblem } from '../../src/validate/format.js';
import { messages } from '../../src/problems/messages.js';
import type { Problem } from '../../src/problems/problem.js';
import { cleanup, fixture, tempCopy, TODAY } from '../cli/helpers.js';

/** Each single call must finish within this many milliseconds. */
const BOUND_MS = 2_000;
/** Fixed seed: a failure is reproducible; change it locally to explore further. */
const SEED = 20_241_129;

const timed = async <T>(f: () => T | Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const v = await f();
  expect(performance.now() - t0).toBeLessThan(BOUND_MS);
  return v;
};

// ---------------------------------------------------------------- generators

/** Characters that matter to a CSV reader, and some that matter to people reading messages. */
const csvChar = fc.constantFrom('"', '"', ',', ',', ';', '\t', '\r', '\n', '\n', '\u0000', '\uFEFF', '\u202E', '\u001b', 'a', 'Z', '1', ' ', 'é', '=', 'ñ', '中');
const csvText = fc.oneof(
  { arbitrary: fc.string({ unit: csvChar, maxLength: 300 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 4 },
  // a field just under or over the length limit, quoted or not
  { arbitrary: fc.tuple(fc.integer({ min: MAX_FIELD_CHARS - 2, max: MAX_FIELD_CHARS + 2 }), fc.boolean()).map(([n, quoted]) => {
    const f = 'x'.repeat(n);
    return `${specs.answers.required.join(',')}\n${quoted ? `"${f}"` : f},2024,,,,,\n`;
  }), weight: 1 },
);

const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];
const BAD_UTF8 = [[0xc3], [0xe9], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xff], [0x00]];
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const concat = (...parts: ArrayLike<number>[]) => new Uint8Array(Buffer.concat(parts.map((p) => Uint8Array.from(p))));

const csvBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.tuple(fc.constantFrom(...BOMS), csvText).map(([bom, t]) => concat(bom, utf8(t))),
  fc.tuple(csvText, fc.constantFrom(...BAD_UTF8), csvText).map(([a, bad, b]) => concat(utf8(a), bad, utf8(b))),
  csvText.map((t) => new Uint8Array(Buffer.from(t, 'utf16le'))),
);

/** Cells that reach the validators: plausible values, near misses and hostile ones. */
const cell = fc.oneof(
  fc.constantFrom(
    'child_detention_ban', 'judicial_review', 'alternatives_in_practice', 'children_detained', 'child_ban', '',
    '2018', '2024', '24', '2024a', '1e309', 'NaN', 'Infinity', '-0', '600', '12.5', 'na', 'NA', 'yes', 'no', 'partial', 'yess',
    'full', 'partly', 'https://example.org', 'javascript:alert(1)', 'data:x;y', '2023-02-31', '2030', '=1+1', '<script>',
    'Mex\u202Eocix', ' ', '"', '\u0000',
  ),
  fc.string({ unit: csvChar, maxLength: 12 }),
);
const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const answerRows = fc.array(fc.array(cell, { minLength: 6, maxLength: 9 }), { maxLength: 30 }).map((rows) =>
  `indicator,edition,answer,scope,justification,source,source_url,source_date\n${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`);

// ---------------------------------------------------------------- checks

const codes = new Set(Object.keys(messages));

/** A problem is well formed: a catalogue code, a file, a one-line message without control characters. */
function wellFormed(p: Problem): void {
  expect(codes.has(p.code), p.code).toBe(true);
  expect(p.file).not.toBe('');
  expect(p.message).not.toBe('');
  // eslint-disable-next-line no-control-regex
  expect(p.message).not.toMatch(/[\u0000-\u001f]/);
  if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
}

describe('decodeText on arbitrary bytes', () => {
  it('returns text or exactly one error, never throws, within the time bound', () => {
    fc.assert(fc.property(csvBytes, (bytes) => {
      const t0 = performance.now();
      const { text, problems } = decodeText(bytes, 'countries/MEX.csv');
      expect(performance.now() - t0).toBeLessThan(BOUND_MS);
      if (text === null) {
        expect(problems).toHaveLength(1);
        expect(problems[0]!.severity).toBe('error');
        wellFormed(problems[0]!);
      } else {
        expect(problems).toEqual([]);
        expect(text).not.toContain('\u0000');
        expect(text.charCodeAt(0)).not.toBe(0xfeff);
      }
    }), { numRuns: 250, seed: SEED });
  });

  it('gives back any NUL-free text it was given as UTF-8, minus a leading byte-order mark', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      fc.pre(!s.includes('\u0000') && Buffer.from(s, 'utf8').toString('utf8') === s);
      expect(decodeText(utf8(s), 'f.csv').text).toBe(s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
    }), { numRuns: 200, seed: SEED });
  });
});

describe('parseCsv on arbitrary text', () => {
  it('returns a table or an error, with every row on a real line, never throws, within the time bound', () => {
    fc.assert(fc.property(fc.oneof(csvText, answerRows), (text) => {
      const t0 = performance.now();
      const { table, problems } = parseCsv(text, 'countries/MEX.csv', specs.answers);
      expect(performance.now() - t0).toBeLessThan(BOUND_MS);
      problems.forEach(wellFormed);
      if (table === null) {
        expect(problems.some((p) => p.severity === 'error')).toBe(true);
        return;
      }
      const lineCount = text.split('\n').length;
      let previous = 0;
      for (const row of table.rows) {
        expect(row.line).toBeGreaterThan(previous);
        expect(row.line).toBeLessThanOrEqual(lineCount);
        previous = row.line;
        for (const c of [...specs.answers.required, ...specs.answers.optional]) expect(typeof row.record[c]).toBe('string');
        for (const v of Object.values(row.record)) expect(v.length).toBeLessThanOrEqual(MAX_FIELD_CHARS);
      }
    }), { numRuns: 250, seed: SEED });
  });
});

describe('loadProject with a fuzzed country file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempCopy('good/minimal');
  });
  afterAll(() => cleanup(dir));

  const check = async (bytes: Uint8Array) => {
    await writeFile(join(dir, 'countries/MEX.csv'), bytes);
    const { dataset, problems } = await timed(() => loadProject(dir, { today: TODAY }));
    problems.forEach(wellFormed);
    const errors = problems.filter((p) => p.severity === 'error');
    // a dataset exactly when there is no error
    expect(dataset === null).toBe(errors.length > 0);
  };

  it('arbitrary bytes: a dataset or problems, never a throw, within the time bound', async () => {
    await fc.assert(fc.asyncProperty(csvBytes, check), { numRuns: 60, seed: SEED });
  });

  it('rows of plausible, near-miss and hostile cells: a dataset or problems, never a throw', async () => {
    await fc.assert(fc.asyncProperty(answerRows.map(utf8), check), { numRuns: 80, seed: SEED });
  });

  it('a dataset is never built from a file with hostile values in it', async () => {
    await fc.assert(fc.asyncProperty(answerRows, async (text) => {
      await writeFile(join(dir, 'countries/MEX.csv'), text);
      const { dataset } = await timed(() => loadProject(dir, { today: TODAY }));
      if (!dataset) return;
      for (const a of dataset.answers) {
        for (const u of a.sourceUrls) expect(u).toMatch(/^https?:\/\//i);
        for (const t of [a.justification, a.source]) if (t) expect(t).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        if (a.value.kind === 'number') expect(Number.isFinite(a.value.value)).toBe(true);
      }
      expect(dataset.countries.every((c) => /^[A-Z]{3}$/.test(c.iso3))).toBe(true);
    }), { numRuns: 60, seed: SEED });
  });

  it('any file name in countries/ is refused unless it is a listed ISO3 code', async () => {
    const listed = new Set(['COL.csv', 'ECU.csv', 'MEX.csv', 'countries.csv']);
    const name = fc.string({ unit: fc.constantFrom('a', 'M', 'E', 'X', '.', ' ', '-', '_', 'é', '\u202E', '1'), minLength: 1, maxLength: 8 })
      .map((s) => `${s}.csv`).filter((n) => !listed.has(n) && n !== '.csv' && n !== '..csv');
    await writeFile(join(dir, 'countries/MEX.csv'), await readFile(fixture('good/minimal/countries/MEX.csv')));
    await fc.assert(fc.asyncProperty(name, async (n) => {
      const path = join(dir, 'countries', n);
      await writeFile(path, 'indicator,edition,answer,justification,source\n');
      try {
        const { dataset, problems } = await timed(() => loadProject(dir, { today: TODAY }));
        expect(dataset).toBeNull();
        const p = problems.find((x) => x.file === `countries/${n}`);
        expect(p?.code).toMatch(/^(bad_country_file|unknown_country)$/);
      } finally {
        await rm(path);
      }
    }), { numRuns: 40, seed: SEED });
    expect((await readdir(join(dir, 'countries'))).sort()).toEqual([...listed].sort());
  });
});

describe('what the terminal shows', () => {
  it('a formatted problem never carries raw control characters', async () => {
    const dir = await tempCopy('good/minimal');
    try {
      const text = await readFile(join(dir, 'countries/MEX.csv'), 'utf8');
      await writeFile(join(dir, 'countries/MEX.csv'), text.replace('source_date', 'source_date,\u001b]0;pwned\u0007\u001b[2J'));
      const { problems } = await loadProject(dir, { today: TODAY });
      expect(problems.length).toBeGreaterThan(0);
      // eslint-disable-next-line no-control-regex
      for (const p of problems) expect(formatProblem(p)).not.toMatch(/[\u0000-\u001f\u007f]/);
    } finally {
      await cleanup(dir);
    }
  });
});
