/**
 * Registers the bundled Noto Sans fonts with @napi-rs/canvas, so charts never depend on the
 * machine's fonts. napi-rs does not fall back between families for a missing glyph: every chart
 * font string must list both families (see `theme.fontFamily`).
 */
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

const require = createRequire(import.meta.url);

/** Family name → npm-resolvable woff2 files (subsets merge glyph by glyph under one family). */
export const FONT_FILES: Readonly<Record<string, readonly string[]>> = {
  'Noto Sans': ['latin', 'latin-ext', 'vietnamese'].flatMap((subset) =>
    [400, 700].map((weight) => `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`),
  ),
  'Noto Sans Arabic': [400, 700].map(
    (weight) => `@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`,
  ),
};

let registered = false;

/**
 * Register every file in `FONT_FILES` once; later calls do nothing. Throws naming the file when
 * a font cannot be resolved or registered.
 */
export function registerFonts(): void {
  if (registered) return;
  for (const [family, files] of Object.entries(FONT_FILES)) {
    for (const file of files) {
      let path: string;
      try {
        path = require.resolve(file);
      } catch (cause) {
        throw new Error(`cannot find font file "${file}" (is the @fontsource package installed? run npm ci)`, { cause });
      }
      if (GlobalFonts.registerFromPath(path, family) === null) {
        throw new Error(`could not register font "${path}" as "${family}" (expected a readable woff2 font file)`);
      }
    }
    if (!GlobalFonts.has(family)) throw new Error(`font family "${family}" is not available after registration`);
  }
  registered = true;
}
