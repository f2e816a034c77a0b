import { describe, expect, it } from 'vitest';
import { bandOf } from '../../src/engine/bands.js';

const bands = [{ min: 0, label: 'Low' }, { min: 60, label: 'High' }];

describe('bandOf', () => {
  it('bandOf(score, bands) gives the band with the highest min the score reaches: doc example 61 → High', () => {
    expect(bandOf(61, bands)).toBe('High');
    expect(bandOf(59.999, bands)).toBe('Low');
  });
  it('a score exactly at a band\'s min is in that band', () => {
    expect(bandOf(60, bands)).toBe('High');
    expect(bandOf(0, bands)).toBe('Low');
  });
  it('bands may be listed in any order', () => {
    expect(bandOf(61, [...bands].reverse())).toBe('High');
  });
  it('a missing score, a score below every band, or no bands at all give null', () => {
    expect(bandOf(null, bands)).toBeNull();
    expect(bandOf(-1, bands)).toBeNull();
    expect(bandOf(50, [])).toBeNull();
  });
});
