import { sha256 } from '../../lib/sha256.js';

/**
 * Content addresses of the expensive outputs, for reuse by the next build. A key is the sha-256
 * of everything the output is a function of, with the code fingerprint (codeFingerprint), so
 * equal keys mean equal bytes. Cheap outputs (pages, tables) are not keyed: they are made again
 * every time. A chart is keyed by its spec (ChartSpec is plain data; a callback in its config is
 * keyed by its source text, which is why callbacks may read only values that are also in the
 * spec: see ChartSpec).
 */

/** The JSON of a value with each function replaced by its source text. */
const stable = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (typeof v === 'function' ? `fn:${String(v)}` : v));

/** A chart's drawing: its spec (words, data, options) drawn by this code. Its SVG is keyed so. */
export const chartKey = (spec: object, fingerprint: string): string => sha256(`chart\0${fingerprint}\0${stable(spec)}`);

/** A PNG is its chart's drawing at a scale. */
export const pngKey = (chart: string, scale: number): string => sha256(`png\0${chart}\0${scale}`);

/** A PDF scorecard is its data, its language's words and its radar's drawing. */
export const pdfKey = (inputs: unknown, radarChart: string, fingerprint: string): string =>
  sha256(`pdf\0${fingerprint}\0${stable(inputs)}\0${radarChart}`);
