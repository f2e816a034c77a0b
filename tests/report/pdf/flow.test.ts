import { describe, expect, it } from 'vitest';
import { paginate, type Block } from '../../../src/report/pdf/flow.js';

const block = (height: number, gap = 0, keep = 0): Block<null> => ({ height, gap, keep, draw: () => {} });
const where = (blocks: Block<null>[]) => paginate(blocks, 0, 100).placed.map((p) => [p.page, p.top]);

describe('paginate', () => {
  it('stacks blocks and their gaps, starting a page when the next block does not fit', () => {
    expect(where([block(40), block(40, 10), block(40, 10)])).toEqual([[0, 0], [0, 50], [1, 0]]);
  });

  it('drops the gap of a block at the top of a page', () => {
    expect(where([block(95), block(20, 30)])).toEqual([[0, 0], [1, 0]]);
  });

  it('keeps a heading with the blocks it keeps with (hand count: 60 + 20 + 30 > 100)', () => {
    expect(where([block(60), block(20, 0, 1), block(30)])).toEqual([[0, 0], [1, 0], [1, 20]]);
  });

  it('follows keeps transitively', () => {
    expect(where([block(50), block(10, 0, 1), block(10, 0, 1), block(40)])).toEqual([[0, 0], [1, 0], [1, 10], [1, 20]]);
  });

  it('places a block taller than a page on a page of its own instead of looping', () => {
    const { placed, pages } = paginate([block(10), block(250), block(10)], 0, 100);
    expect(placed.map((p) => p.page)).toEqual([0, 1, 2]);
    expect(pages).toBe(3);
  });

  it('gives one page for no blocks', () => {
    expect(paginate([], 0, 100)).toEqual({ placed: [], pages: 1 });
  });
});
