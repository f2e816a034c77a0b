import { describe, expect, it } from 'vitest';
import { forgetState, setState } from '../../../src/report/pdf/ctx-state.js';

/** A stand-in context that records every property set on it. */
function recording() {
  const sets: string[] = [];
  const ctx = new Proxy({} as Record<string, unknown>, {
    set(target, key, value) {
      sets.push(`${String(key)}=${String(value)}`);
      target[key as string] = value;
      return true;
    },
  });
  return { ctx, sets };
}

describe('setState', () => {
  it('sets a property only when its value changes', () => {
    const { ctx, sets } = recording();
    setState(ctx, 'font', '10px a');
    setState(ctx, 'font', '10px a');
    setState(ctx, 'fillStyle', '#000');
    setState(ctx, 'font', 'bold 10px a');
    setState(ctx, 'fillStyle', '#000');
    expect(sets).toEqual(['font=10px a', 'fillStyle=#000', 'font=bold 10px a']);
    expect(ctx.font).toBe('bold 10px a');
  });

  it('keeps each context apart', () => {
    const a = recording();
    const b = recording();
    setState(a.ctx, 'textAlign', 'left');
    setState(b.ctx, 'textAlign', 'left');
    expect(a.sets).toEqual(['textAlign=left']);
    expect(b.sets).toEqual(['textAlign=left']);
  });

  it('sets again after forgetState (a new page, a restore)', () => {
    const { ctx, sets } = recording();
    setState(ctx, 'direction', 'rtl');
    forgetState(ctx);
    setState(ctx, 'direction', 'rtl');
    expect(sets).toEqual(['direction=rtl', 'direction=rtl']);
  });
});
