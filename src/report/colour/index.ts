/** Colour science for checking palettes: sRGB ↔ CIELAB, CIEDE2000, dichromacy simulation. */
export { hexToRgb, rgbToLab, toLinear, fromLinear, type Lab, type Rgb } from './srgb.js';
export { ciede2000 } from './ciede2000.js';
export { simulate, MACHADO_2009, type Deficiency } from './colour-vision.js';
export { paletteDistances, type PaletteDistance } from './palette-check.js';
