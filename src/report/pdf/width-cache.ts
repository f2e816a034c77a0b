/**
 * A bounded memo of a text-width function by font and text: `measure(font, text)` is called
 * once per distinct pair until a font's table holds `limit` texts, when that table is emptied
 * and refilled. The result is always what `measure` gives for the pair (measuring is
 * deterministic), so a cached width equals an uncached one to the last bit.
 * @example const w = widthCache((f, s) => s.length); w('10px a', 'ab'); w('10px a', 'ab') // 2, measured once
 */
export function widthCache(measure: (font: string, text: string) => number, limit = 20_000): (font: string, text: string) => number {
  const fonts = new Map<string, Map<string, number>>();
  return (font, text) => {
    let table = fonts.get(font);
    if (!table) fonts.set(font, (table = new Map()));
    let w = table.get(text);
    if (w === undefined) {
      if (table.size >= limit) table.clear();
      w = measure(font, text);
      table.set(text, w);
    }
    return w;
  };
}
