import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/build-index.js';
import { loadProject } from '../../src/project.js';
import { rankingChart } from '../../src/report/plan/charts.js';
import { fontFaces, keepsText, tidyText } from '../../src/report/publish/svg.js';
import { renderSvg } from '../../src/report/render/chart.js';
import { AR, AR_NAMES } from './fixtures/arabic.js';
import { sampleSpecs } from './fixtures/specs.js';
import { svgText } from './helpers.js';

/** A small XML reader: the element tree of a document (names, attributes, children), or a thrown error when tags do not nest. */
interface El { name: string; attrs: Record<string, string>; children: El[]; text: string }
function parseXml(xml: string): El {
  const root: El = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token = /<\?[^>]*\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let last = 0;
  for (const m of xml.matchAll(token)) {
    if (m.index !== last) throw new Error(`unreadable XML at ${last}: ${xml.slice(last, last + 40)}`);
    last = m.index + m[0].length;
    const top = stack.at(-1)!;
    if (m[5] !== undefined) { top.text += m[5]; continue; }
    if (m[2] === undefined) continue;
    if (m[1]) {
      if (top.name !== m[2]) throw new Error(`</${m[2]}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs = Object.fromEntries([...m[3]!.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    const el: El = { name: m[2], attrs, children: [], text: '' };
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  if (last !== xml.length || stack.length !== 1) throw new Error('XML ends inside an element');
  return root;
}
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!);

const [ranking, , radar] = sampleSpecs({ source: 'Source: Sample Index & co, 2025 "edition".' });

describe('chart SVGs a publisher can place', () => {
  it('the title and alt text are the first children of <svg>, which is role="img" labelled by both', () => {
    for (const spec of [ranking!, radar!]) {
      const svg = parseXml(renderSvg(spec)).children[0]!;
      expect(svg.name).toBe('svg');
      expect(svg.attrs.role).toBe('img');
      const [title, desc] = svg.children;
      expect([title!.name, desc!.name]).toEqual(['title', 'desc']);
      expect(unescape(title!.text)).toBe(spec.title);
      expect(unescape(desc!.text)).toBe(spec.alt);
      expect(svg.attrs['aria-labelledby']!.split(' ')).toEqual([title!.attrs.id, desc!.attrs.id]);
      expect(svg.attrs.viewBox).toBe(`0 0 ${spec.width} ${spec.height}`);
    }
  });

  it('keeps every word as <text> in Noto Sans, with valid coordinate lists and no empty elements', () => {
    const xml = renderSvg(ranking!);
    const texts = [...xml.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)];
    expect(texts.length).toBeGreaterThan(24);
    for (const [, attrs, content] of texts) {
      expect(content).not.toBe('');
      expect(attrs).toMatch(/font-family="Noto Sans"/);
      for (const list of attrs!.matchAll(/\s[xy]="([^"]*)"/g)) expect(list[1]).toMatch(/^-?[\d.e-]+( -?[\d.e-]+)*$/);
    }
    const words = svgText(xml);
    expect(words).toContain('Source: Sample Index & co, 2025 "edition".');
    for (const label of ranking!.data.rows.map((r) => String(r[1]))) expect(words).toContain(label);
  });

  it('embeds the bundled font: the Noto Sans latin subset as woff2 data, regular and bold, nothing it does not use', () => {
    const svg = parseXml(renderSvg(ranking!)).children[0]!;
    const style = svg.children.find((c) => c.name === 'style')!;
    const faces = [...style.text.matchAll(/@font-face\{font-family:"Noto Sans";font-style:normal;font-weight:(\d+);unicode-range:([^;]+);src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\) format\("woff2"\)\}/g)];
    expect(faces.map((f) => f[1])).toEqual(['400', '700']);
    expect(faces[0]![2]).toMatch(/^U\+0-FF,/);
    for (const f of faces) expect(Buffer.from(f[3]!, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
  });

  it('a chart with Arabic words keeps them as outlines (librsvg breaks Skia’s Arabic <text>), and still has its title and desc', () => {
    const [ar] = sampleSpecs({ locale: 'ar', dir: 'rtl', strings: AR }, (s) => AR_NAMES[s] ?? s);
    expect(keepsText(ar!)).toBe(false);
    const xml = renderSvg(ar!);
    expect(xml).not.toMatch(/<text\b/);
    expect(xml).not.toMatch(/@font-face/);
    const svg = parseXml(xml).children[0]!;
    expect(svg.children.slice(0, 2).map((c) => c.name)).toEqual(['title', 'desc']);
    expect(unescape(svg.children[0]!.text)).toBe(ar!.title);
  });

  it('embeds a further subset only for characters the ones before it lack (latin covers †; Ł needs latin-ext), per weight', () => {
    const ranges = (svg: string) => [...fontFaces(svg).matchAll(/font-weight:(\d+);unicode-range:(U\+[0-9A-F]+)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(ranges('<text x="0">50.0† &amp; more</text>')).toEqual(['400 U+0']);
    expect(ranges('<text x="0">Łódź</text><text font-weight="600" x="0">Lead</text>')).toEqual(['400 U+0', '700 U+0', '400 U+100']);
    expect(fontFaces('<rect x="0"/>')).toBe('');
  });

  it('tidyText drops the empty <text> Skia writes for spaces and the trailing commas of its lists', () => {
    expect(tidyText('<text x="1, 2.5, " y="3, ">ab</text><text x="" y=""></text><rect x="1"/>')).toBe('<text x="1 2.5" y="3">ab</text><rect x="1"/>');
  });

  it('the ranking of the shipped index is a small SVG (text, not 580 KB of outlines)', async () => {
    const { dataset } = await loadProject('.');
    const result = buildIndex(dataset!);
    const svg = renderSvg(rankingChart(result, result.editions.at(-1)!, { edition: '2024' }));
    expect(Buffer.byteLength(svg)).toBeLessThan(120_000);
    expect(() => parseXml(svg)).not.toThrow();
  });

  it('the same spec gives the same SVG bytes', () => {
    expect(renderSvg(radar!)).toBe(renderSvg(radar!));
  });
});
