import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { STYLE } from '../pages/style.js';
import type { OutputFile } from './types.js';

const require = createRequire(import.meta.url);

const FONTS = [
  ['@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', 'noto-sans-latin-400-normal.woff2'],
  ['@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2', 'noto-sans-latin-700-normal.woff2'],
  ['@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2', 'noto-sans-latin-ext-400-normal.woff2'],
  ['@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2', 'noto-sans-arabic-arabic-400-normal.woff2'],
  ['@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2', 'noto-sans-arabic-arabic-700-normal.woff2'],
] as const;

/** The site's stylesheet and the bundled web fonts it uses (copied from npm packages). */
export function assetFiles(): OutputFile[] {
  return [
    { path: 'assets/style.css', content: STYLE },
    ...FONTS.map(([from, to]) => ({ path: `assets/fonts/${to}`, content: readFileSync(require.resolve(from)) })),
  ];
}
