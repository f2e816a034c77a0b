/**
 * Pagination of a flow of unbreakable blocks: a line of text, a table row, a chart. A block is
 * never split; `keep` glues a block to the blocks after it so headings stay with their first
 * lines and short items stay whole.
 */

export interface Block<C> {
  /** Height in points. */
  height: number;
  /** Space above in points; dropped at the top of a page. */
  gap: number;
  /** How many of the following blocks must go on the same page as this one (0 = none). */
  keep: number;
  draw: (ctx: C, top: number) => void;
}

export interface Placed<C> {
  block: Block<C>;
  page: number;
  top: number;
}

/**
 * Place `blocks` on pages whose body runs from `top` to `bottom` (points, y down). Each block goes
 * on the current page if it and the blocks it keeps with (transitively) fit below the last one;
 * otherwise it starts a new page. A chain taller than a whole page is placed anyway, from the top
 * of a new page, and runs over its bottom only if a single block is taller than the page.
 * Returns the placements (page numbers from 0) and the page count (at least 1).
 */
export function paginate<C>(blocks: readonly Block<C>[], top: number, bottom: number): { placed: Placed<C>[]; pages: number } {
  const placed: Placed<C>[] = [];
  let page = 0;
  let y = top;
  blocks.forEach((block, i) => {
    const atTop = y === top;
    const need = chainHeight(blocks, i, atTop);
    if (!atTop && y + need > bottom) {
      page += 1;
      y = top;
    }
    const gap = y === top ? 0 : block.gap;
    placed.push({ block, page, top: y + gap });
    y += gap + block.height;
  });
  return { placed, pages: page + 1 };
}

/** Height of block `i` and every block it keeps with, the first gap dropped at a page top. */
function chainHeight<C>(blocks: readonly Block<C>[], i: number, atTop: boolean): number {
  let end = i;
  for (let k = i; k <= end && k < blocks.length; k++) end = Math.max(end, k + blocks[k]!.keep);
  end = Math.min(end, blocks.length - 1);
  let h = 0;
  for (let k = i; k <= end; k++) h += (k === i && atTop ? 0 : blocks[k]!.gap) + blocks[k]!.height;
  return h;
}
