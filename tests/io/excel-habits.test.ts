import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { decodeText } from '../../src/io/decode.js';
import { loadProject } from '../../src/project.js';

const FIXTURE = new URL('../fixtures/good/minimal/', import.meta.url).pathname;
const TODAY = { today: '2026-11-29' };

describe("Excel's habits are accepted, not punished", () => {
  it('a country file saved by Excel (BOM, CRLF, ";" delimiter, trailing blank lines, a quoted newline) gives the same answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policy-index-excel-'));
    try {
      await cp(FIXTURE, dir, { recursive: true });
      const path = join(dir, 'countries/MEX.csv');
      const { data, meta } = Papa.parse<Record<string, string>>(await readFile(path, 'utf8'), { header: true, skipEmptyLines: true });
      data[0]!.justification = `${data[0]!.justification}\nSecond paragraph; with a semicolon.`;
      const excel = `\uFEFF${Papa.unparse(data, { columns: meta.fields, delimiter: ';', newline: '\r\n' })}\r\n\r\n\r\n`;
      await writeFile(path, excel);
      const plain = await loadProject(FIXTURE, TODAY);
      const saved = await loadProject(dir, TODAY);
      expect(saved.problems).toEqual([]);
      const mex = (d: typeof plain.dataset) => d!.answers.filter((a) => a.country === 'MEX').map(({ at: _at, ...a }) => a);
      const [first, ...rest] = mex(saved.dataset);
      const [origFirst, ...origRest] = mex(plain.dataset);
      expect(rest).toEqual(origRest);
      expect(first!.justification).toBe(`${origFirst!.justification}\nSecond paragraph; with a semicolon.`);
      expect({ ...first, justification: null }).toEqual({ ...origFirst, justification: null });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps the line where each row starts, even after a quoted field that spans lines', () => {
    const text = 'indicator,edition,answer,scope,justification,source,source_url,source_date\r\na,2024,yes,,"two\r\nlines",S,,\r\nb,2024,no,,one,S,,\r\n';
    const { table, problems } = parseCsv(decodeText(new TextEncoder().encode(text), 'x.csv').text!, 'x.csv', { required: ['indicator'] , optional: ['edition', 'answer', 'scope', 'justification', 'source', 'source_url', 'source_date'] });
    expect(problems).toEqual([]);
    expect(table!.rows.map((r) => r.line)).toEqual([2, 4]);
  });
});
