import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ChartSpec } from '../charts/types.js';

/**
 * What makes a chart SVG fit for a publisher: its words stay text (searchable, selectable, small)
 * in the bundled font, and it says what it shows to assistive technology.
 *
 * Text: @napi-rs/canvas can write `<text>` (SvgExportFlag.NoPrettyXML) with a position for every
 * glyph, shaped by Skia with the bundled Noto Sans. For Arabic it writes presentation forms in
 * visual order, which librsvg shows reversed and broken (docs/research: chart-stack.md §3), so a
 * chart with right-to-left text keeps its text as outlines (ConvertTextToPaths). In a text SVG the
 * Noto Sans faces its glyphs need (by the fontsource subsets' unicode ranges, regular and bold)
 * are embedded as woff2 data in a `<style>`, so it looks the same everywhere, even as an `<img>`.
 */

/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, and their presentation forms). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Whether a chart's SVG keeps its words as `<text>`: when none of them is right to left. */
export function keepsText(spec: ChartSpec): boolean {
  const words = JSON.stringify([spec.title, spec.subtitle, spec.source, spec.notes, spec.alt, spec.config.data, spec.config.options]);
  return !RTL.test(words);
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as Record<string, string>)[c]};`);
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!);

/**
 * Skia's `<text>` as valid SVG: drops the empty elements it writes for spaces and the trailing
 * comma of its coordinate lists (`x="1, 2, "` → `x="1 2"`), which strict parsers reject.
 */
export function tidyText(svg: string): string {
  return svg
    .replace(/<text\b[^>]*><\/text>/g, '')
    .replace(/<text\b[^>]*>/g, (tag) => tag.replace(/(\s[xy]=")([^"]*)"/g, (_, lead: string, list: string) =>
      `${lead}${list.split(',').map((v) => v.trim()).filter(Boolean).join(' ')}"`));
}

/** A fontsource subset: the woff2 file for a weight and the code points it covers. */
interface Subset { family: string; subset: string; ranges: [number, number][] }

const require = createRequire(import.meta.url);
let subsets: Subset[] | undefined;

/** The Noto Sans subsets the canvas draws with (fonts.ts), with their unicode ranges from fontsource's CSS. */
function fontSubsets(): Subset[] {
  if (subsets) return subsets;
  const css = readFileSync(require.resolve('@fontsource/noto-sans/400.css'), 'utf8');
  subsets = ['latin', 'latin-ext', 'vietnamese'].map((subset) => {
    const block = new RegExp(`noto-sans-${subset}-400-normal \\*/[^}]*unicode-range:\\s*([^;]+);`).exec(css);
    if (!block) throw new Error(`no unicode-range for the ${subset} subset in @fontsource/noto-sans/400.css`);
    const ranges = block[1]!.split(',').map((r): [number, number] => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
    });
    return { family: 'Noto Sans', subset, ranges };
  });
  return subsets;
}

const fontData = new Map<string, string>();

/** A bundled font file as base64, read once per process. */
function woff2Base64(file: string): string {
  let data = fontData.get(file);
  if (data === undefined) {
    data = readFileSync(require.resolve(file)).toString('base64');
    fontData.set(file, data);
  }
  return data;
}

/**
 * The `@font-face` rules a text SVG needs: per weight its text uses (400, and 700 for
 * font-weight ≥ 600), the Noto Sans subsets that cover its characters, each taken only when it
 * covers one that the subsets before it (latin, then latin-ext, then vietnamese) do not, as woff2
 * data with the subset's unicode-range. Empty when the SVG has no text.
 */
export function fontFaces(svg: string): string {
  const byWeight = new Map<number, Set<number>>();
  for (const [, attrs, content] of svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)) {
    const weight = Number(/font-weight="(\d+)"/.exec(attrs!)?.[1] ?? 400) >= 600 ? 700 : 400;
    const chars = byWeight.get(weight) ?? new Set<number>();
    for (const ch of unescapeXml(content!)) chars.add(ch.codePointAt(0)!);
    byWeight.set(weight, chars);
  }
  const rules: string[] = [];
  for (const s of fontSubsets()) {
    for (const w of [400, 700]) {
      const left = byWeight.get(w);
      if (!left) continue;
      const covered = [...left].filter((c) => s.ranges.some(([a, b]) => c >= a && c <= b));
      if (covered.length === 0) continue;
      for (const c of covered) left.delete(c);
      const data = woff2Base64(`@fontsource/noto-sans/files/noto-sans-${s.subset}-${w}-normal.woff2`);
      const range = s.ranges.map(([a, b]) => (a === b ? `U+${a.toString(16).toUpperCase()}` : `U+${a.toString(16).toUpperCase()}-${b.toString(16).toUpperCase()}`)).join(',');
      rules.push(`@font-face{font-family:"${s.family}";font-style:normal;font-weight:${w};unicode-range:${range};src:url(data:font/woff2;base64,${data}) format("woff2")}`);
    }
  }
  return rules.join('');
}

/**
 * The chart's title and alt text as the first children of `<svg>` (`<title>`, `<desc>`), the root
 * marked `role="img"` and `aria-labelledby` both, then the embedded fonts (text SVGs). Ids come
 * from the spec's id, so two charts inlined in one page do not clash.
 */
export function publishSvg(svg: string, spec: ChartSpec, text: boolean): string {
  const id = `chart-${spec.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const body = text ? tidyText(svg) : svg;
  const faces = text ? fontFaces(body) : '';
  return body.replace(/<svg\b([^>]*)>/, (_, attrs: string) =>
    `<svg${attrs} role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${escapeXml(spec.title)}</title><desc id="${id}-desc">${escapeXml(spec.alt)}</desc>${faces ? `<style>${faces}</style>` : ''}`);
}
