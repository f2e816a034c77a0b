/**
 * The one chart theme: colour-blind-safe palettes, fonts, sizes.
 *
 * - `categorical`: Okabe & Ito (2008), "Color Universal Design", the 8 colours minus black.
 * - `sequential`: 5 steps of viridis (van der Walt & Smith, matplotlib), dark = low,
 *   taken at 0.0, 0.25, 0.5, 0.75, 1.0. Used for heatmap bins.
 * - `bands`: the 5 score bands, lowest first. The same viridis steps, so a band colour means
 *   the same thing on every chart; bands are always labelled in text as well.
 * - `diverging`: Okabe–Ito vermillion (worse) / blue (better) with a neutral grey.
 */
export const theme = {
  fontFamily: "'Noto Sans', 'Noto Sans Arabic'",
  fontSize: { title: 22, subtitle: 15, axisTitle: 15, tick: 14, label: 13, legend: 14, footer: 13 },
  text: '#1a1a1a',
  mutedText: '#555555',
  grid: '#e3e3e3',
  axis: '#9a9a9a',
  background: '#ffffff',
  /** Cells and bars with no data: light grey, hatched by the renderer. */
  missing: '#c4c4c4',
  missingHatch: '#8c8c8c',
  notApplicable: '#f2f2f2',
  /** CSS pixels. */
  size: { width: 1200, height: 800 },
  /** CSS pixels per category row on charts whose height grows with the number of rows. */
  rowHeight: 28,
  categorical: ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'],
  sequential: ['#440154', '#3B528B', '#21918C', '#5EC962', '#FDE725'],
  /** Text colour readable on each `sequential` step (white on the dark ones). */
  sequentialText: ['#ffffff', '#ffffff', '#ffffff', '#1a1a1a', '#1a1a1a'],
  bands: ['#440154', '#3B528B', '#21918C', '#5EC962', '#FDE725'],
  /** A darker outline per band, so the light bands stand out from the white page. */
  bandBorders: ['#2a0035', '#243356', '#145a57', '#3a7d3d', '#9e9017'],
  diverging: { worse: '#D55E00', same: '#8c8c8c', better: '#0072B2' },
  /** The comparison series (e.g. the average of all countries). */
  reference: '#6e6e6e',
} as const;

/**
 * Colour of a band given its position, lowest band first.
 * When there are fewer than 5 bands they are spread over the ramp; more than 5 repeat the last.
 * @example bandColour(0, 5) // '#440154'
 */
export function bandColour(index: number, count: number): string {
  return theme.bands[rampIndex(index, count)] ?? theme.missing;
}

/** Text colour readable on `bandColour(index, count)`. */
export function bandText(index: number, count: number): string {
  return theme.sequentialText[rampIndex(index, count)] ?? theme.text;
}

export function bandBorder(index: number, count: number): string {
  return theme.bandBorders[rampIndex(index, count)] ?? theme.missingHatch;
}

function rampIndex(index: number, count: number): number {
  const steps = theme.bands.length;
  if (count <= 1) return steps - 1;
  return Math.min(steps - 1, Math.max(0, Math.round((index * (steps - 1)) / (count - 1))));
}

/**
 * The sequential bin (0–4) of a value on [min, max]; equal-width bins, the top bin closed.
 * @example sequentialBin(40, 0, 100) // 2  (bins 0–20, 20–40, 40–60, …; 40 falls in 40–60)
 */
export function sequentialBin(value: number, min = 0, max = 100): number {
  const steps = theme.sequential.length;
  if (max <= min) return steps - 1;
  const k = Math.floor(((value - min) / (max - min)) * steps);
  return Math.min(steps - 1, Math.max(0, k));
}
