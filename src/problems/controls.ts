/**
 * Invisible characters that drive a terminal or disguise text: C0 controls other than tab and
 * line breaks, DEL, C1 controls (U+0080–U+009F, among them CSI U+009B), the direction marks
 * LRM, RLM and ALM, the bidi embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069.
 */
const CONTROL_CLASS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const CONTROL = new RegExp(`[${CONTROL_CLASS}]`);
/**
 * A whole escape sequence is removed, not only its ESC, so `\x1b[31m` leaves no `[31m`:
 * OSC (ESC ] … BEL or ESC \), CSI (ESC [ or U+009B, parameters, final byte), then any other
 * ESC with the one character after it, then each remaining control.
 */
const SEQUENCE = new RegExp(`\\u001B\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)?|(?:\\u001B\\[|\\u009B)[0-?]*[ -/]*[@-~]?|\\u001B[ -~]?|[${CONTROL_CLASS}]`, 'g');

/** True when s holds a character that stripControls removes. */
export const hasControls = (s: string): boolean => CONTROL.test(s);

/** s without escape sequences, control and direction-override characters (tab and line breaks kept). */
export const stripControls = (s: string): string => s.replace(SEQUENCE, '');

/** s with every control, direction mark and line/paragraph separator written as `\uXXXX`, so it shows as text. */
export const showControls = (s: string): string =>
  s.replace(new RegExp(`[${CONTROL_CLASS}\\u2028\\u2029]`, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** At most `max` characters of s, then `…` and the full length, e.g. `aaaa… (99000 characters)`. */
export const capped = (s: string, max = 80): string =>
  s.length > max ? `${s.slice(0, max)}… (${s.length} characters)` : s;
