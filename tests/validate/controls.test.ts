import { describe, expect, it } from 'vitest';
import { capped, hasControls, showControls, stripControls } from '../../src/problems/controls.js';

describe('controls: what no cell may carry into the dataset or a terminal', () => {
  it('stripControls removes whole ESC, OSC and CSI sequences, C0/C1 controls and direction overrides, keeping tabs and line breaks', () => {
    expect(stripControls('Mex\u001B[31mico\u001B[0m')).toBe('Mexico');
    expect(stripControls('a\u001B]8;;https://x.test\u0007link\u001B]8;;\u001B\\b')).toBe('alinkb');
    expect(stripControls('x\u009B2Jy\u0007\u007F')).toBe('xy');
    expect(stripControls('Mex\u202Eocix\u2066\u2069\u200F')).toBe('Mexocix');
    expect(stripControls('tab\tand\r\nbreaks')).toBe('tab\tand\r\nbreaks');
    expect(hasControls('plain text, مصر, Côte d’Ivoire')).toBe(false);
  });

  it('showControls writes each as \\uXXXX so it reads as text', () => {
    expect(showControls('Mex\u202Eo\u001B[0m\u009B')).toBe('Mex\\u202Eo\\u001B[0m\\u009B');
  });

  it('capped keeps 80 characters, then an ellipsis and the full length', () => {
    expect(capped('x'.repeat(99_000))).toBe(`${'x'.repeat(80)}… (99000 characters)`);
    expect(capped('short')).toBe('short');
  });
});
