/**
 * Direction of `text` from its first strong character, as HTML's `dir="auto"` does: Arabic,
 * Hebrew, Syriac, Thaana and N'Ko letters give 'rtl', any other letter 'ltr'; no letter gives
 * `fallback`. English evidence in an Arabic report then keeps its punctuation in place.
 * @example textDirection('2024: تقرير', 'ltr') // 'rtl'
 */
export function textDirection(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  const m = /[\p{L}]/u.exec(text);
  if (!m) return fallback;
  return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(m[0]) ? 'rtl' : 'ltr';
}
