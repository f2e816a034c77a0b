import { bandBorder, bandColour } from './theme.js';

export interface BandStyle {
  label: string;
  colour: string;
  border: string;
}

/**
 * The band order, lowest first: `declared` when given (with any other band found in `items`
 * appended), otherwise the bands found, ordered by the mean value of their items (ties by label).
 */
export function bandOrder(
  items: readonly { value: number | null; band?: string | null }[],
  declared?: readonly string[],
): string[] {
  const found = new Map<string, { sum: number; n: number }>();
  for (const item of items) {
    if (item.band == null) continue;
    const acc = found.get(item.band) ?? { sum: 0, n: 0 };
    if (item.value !== null) {
      acc.sum += item.value;
      acc.n += 1;
    }
    found.set(item.band, acc);
  }
  if (declared) return [...declared, ...[...found.keys()].filter((b) => !declared.includes(b)).sort()];
  const mean = (b: string) => {
    const acc = found.get(b);
    return acc && acc.n > 0 ? acc.sum / acc.n : -Infinity;
  };
  return [...found.keys()].sort((a, b) => mean(a) - mean(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export function bandStyles(order: readonly string[]): BandStyle[] {
  return order.map((label, i) => ({
    label,
    colour: bandColour(i, order.length),
    border: bandBorder(i, order.length),
  }));
}

/** Rough width in px of a line of text in Noto Sans (average advance ≈ 0.6 em, erring wide); used for padding only. */
export function estimateTextWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * 0.6);
}
