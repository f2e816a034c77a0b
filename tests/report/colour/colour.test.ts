import { describe, expect, it } from 'vitest';
import { ciede2000, hexToRgb, rgbToLab, simulate } from '../../../src/report/colour/index.js';

describe('ciede2000', () => {
  // Test pairs 1, 7, 17 and 25 of Sharma, Wu & Dalal (2005), Table 1, to 4 decimals.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ] as const)('%j vs %j is %d (published)', (a, b, expected) => {
    expect(ciede2000(a, b)).toBeCloseTo(expected, 4);
    expect(ciede2000(b, a)).toBeCloseTo(expected, 4);
  });

  it('is 0 for the same colour', () => {
    expect(ciede2000([40, 10, -5], [40, 10, -5])).toBe(0);
  });
});

describe('rgbToLab', () => {
  it('maps white to L 100 and sRGB red to the published Lab (53.24, 80.09, 67.20)', () => {
    const white = rgbToLab([255, 255, 255]);
    expect(white[0]).toBeCloseTo(100, 3);
    const red = rgbToLab(hexToRgb('#FF0000'));
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(red[2]).toBeCloseTo(67.2, 1);
  });
});

describe('simulate (Machado et al. 2009, severity 1)', () => {
  it('leaves greys grey: each matrix row sums to 1', () => {
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const [r, g, b] = simulate([128, 128, 128], d);
      expect(Math.abs(r - 128) + Math.abs(g - 128) + Math.abs(b - 128)).toBeLessThan(1.5);
    }
  });

  it('makes red and green hard to tell apart for protanopes and deuteranopes, not for tritanopes', () => {
    const red = hexToRgb('#D62728');
    const green = hexToRgb('#2CA02C');
    const seen = (d: 'protanopia' | 'deuteranopia' | 'tritanopia') => ciede2000(rgbToLab(simulate(red, d)), rgbToLab(simulate(green, d)));
    const normal = ciede2000(rgbToLab(red), rgbToLab(green));
    expect(normal).toBeGreaterThan(50);
    expect(seen('deuteranopia')).toBeLessThan(15);
    expect(seen('protanopia')).toBeLessThan(normal / 2);
    expect(seen('tritanopia')).toBeGreaterThan(30);
  });
});
