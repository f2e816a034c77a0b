import type { CountryResult } from '../engine/types.js';
import { fill, rowContent, rowHtml, scorecardLink, tableHtml, type Ctx, type RowContent } from './view.js';

/** What a row shows: a country's row content and who it is. */
interface Shown extends RowContent {
  iso3: string;
  name: string;
  href: string;
  label: string;
}

/** A row of the table: the i-th country shown, whichever that is now. */
interface Slot {
  tr: HTMLTableRowElement;
  cells: HTMLCollectionOf<HTMLTableCellElement>;
  link: HTMLAnchorElement;
  move: HTMLElement;
  bar: HTMLElement;
  range: HTMLElement;
  box: HTMLInputElement;
  shown: Shown;
  /** What it should show once the deferred rows are written, or null when it is up to date. */
  wanted: [Ctx, CountryResult] | null;
}

/** Milliseconds of writing deferred rows per task before yielding to input (writing is cheap; layout follows once). */
const BUDGET = 8;
/** Rows before and after the window also written at once (row heights vary; the estimate is rough). */
const MARGIN = 8;

/**
 * The ranking table, drawn once per language and then updated in place. Its rows are slots: the
 * i-th row shows the i-th country of the ranking, so a re-weighting never moves a row, it
 * rewrites the text of the cells that changed (no markup parsed). The rows in the window are
 * written at once; the others in the following task(s), yielding to input now and then (the table is
 * aria-busy until they are), and a newer change supersedes what is left. A change thus costs
 * the style and layout of the rows a reader sees, not of all 200 (rewriting every row took
 * most of a change's time).
 */
export interface RankingTable {
  /** Shows `rows` in this order. */
  update(ctx: Ctx, rows: readonly CountryResult[]): void;
  /** Resolves once every row shows the latest update. */
  settled(): Promise<void>;
}

export function rankingTable(container: HTMLElement, first: Ctx): RankingTable {
  container.innerHTML = tableHtml(first, []);
  const table = container.querySelector('table')!;
  const tbody = table.tBodies[0]!;
  const template = document.createElement('tbody');
  const slots: Slot[] = [];
  let waiting: (() => void)[] = [];
  // deferred rows are written in tasks of their own (a message to ourselves: no timer clamping),
  // so input that arrives meanwhile runs between them
  const channel = new MessageChannel();
  let pending = false;
  let posted = false;
  const schedule = () => {
    if (!posted) channel.port2.postMessage(null);
    posted = true;
  };

  const shownOf = (ctx: Ctx, c: CountryResult): Shown => ({
    ...rowContent(ctx, c), iso3: c.iso3, name: c.name, href: scorecardLink(ctx, c.iso3), label: fill(ctx.l, 'compareOne', { country: c.name }),
  });

  const newSlot = (ctx: Ctx, c: CountryResult): Slot => {
    template.innerHTML = rowHtml(ctx, c);
    const tr = template.firstElementChild as HTMLTableRowElement;
    const cells = tr.cells;
    tbody.append(tr);
    return {
      tr, cells, link: cells[2]!.querySelector('a')!, move: cells[1]!.firstElementChild as HTMLElement,
      bar: tr.querySelector<HTMLElement>('.xbar > span')!, range: cells[6]!.firstElementChild as HTMLElement,
      box: tr.querySelector('input')!, shown: shownOf(ctx, c), wanted: null,
    };
  };

  /** Writes what differs between what a slot shows and `next`: text, classes and attributes only. */
  const write = (slot: Slot, next: Shown) => {
    const was = slot.shown;
    const cells = slot.cells;
    if (next.iso3 !== was.iso3) {
      slot.tr.dataset.iso3 = next.iso3;
      slot.box.dataset.compare = next.iso3;
    }
    if (next.name !== was.name) slot.link.textContent = next.name;
    if (next.href !== was.href) slot.link.href = next.href;
    if (next.label !== was.label) slot.box.setAttribute('aria-label', next.label);
    if (next.rank !== was.rank) cells[0]!.textContent = next.rank;
    if (next.move !== was.move) slot.move.textContent = next.move;
    if (next.moveClass !== was.moveClass) slot.move.className = next.moveClass;
    if (next.score !== was.score) cells[3]!.textContent = next.score;
    if (next.bar !== was.bar) {
      slot.bar.hidden = next.bar === '';
      if (next.bar) slot.bar.style.inlineSize = next.bar;
    }
    if (next.band !== was.band) cells[5]!.textContent = next.band;
    if (next.range !== was.range) slot.range.textContent = next.range;
    if (next.outside !== was.outside) slot.range.className = next.outside ? 'outside' : '';
    if (next.checked !== slot.box.checked) slot.box.checked = next.checked;
    if (next.disabled !== was.disabled) slot.box.disabled = next.disabled;
    slot.shown = next;
    slot.wanted = null;
  };

  /** The slots in or near the window, estimated from the body's box (read before any write, so no layout is forced). */
  const inView = (): [number, number] => {
    if (slots.length === 0) return [0, 0];
    const box = tbody.getBoundingClientRect();
    if (box.height === 0) return [0, slots.length]; // not laid out (hidden): no estimate, write them all
    const per = box.height / slots.length;
    const from = Math.floor(-box.top / per) - MARGIN;
    const to = Math.ceil((window.innerHeight - box.top) / per) + MARGIN;
    return [Math.max(0, from), Math.max(0, Math.min(slots.length, to))];
  };

  const busy = (on: boolean) => {
    pending = on;
    if (table.getAttribute('aria-busy') !== String(on)) table.setAttribute('aria-busy', String(on));
    if (!on) {
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    }
  };

  /** Writes the deferred rows, for up to BUDGET ms per task. */
  channel.port1.onmessage = () => {
    posted = false;
    const until = performance.now() + BUDGET;
    for (const slot of slots) {
      if (!slot.wanted) continue;
      if (performance.now() > until) {
        schedule();
        return;
      }
      write(slot, shownOf(...slot.wanted));
    }
    busy(false);
  };

  const update = (ctx: Ctx, rows: readonly CountryResult[], all: boolean) => {
    const [from, to] = all ? [0, rows.length] : inView();
    while (slots.length > rows.length) slots.pop()!.tr.remove();
    let deferred = false;
    rows.forEach((c, i) => {
      if (i >= slots.length) slots.push(newSlot(ctx, c));
      else if (i >= from && i < to) write(slots[i]!, shownOf(ctx, c));
      else {
        slots[i]!.wanted = [ctx, c];
        deferred = true;
      }
    });
    if (deferred) {
      busy(true);
      schedule();
    } else busy(false);
  };

  update(first, [], true);
  let drawn = false;
  return {
    update(ctx, rows) {
      update(ctx, rows, !drawn); // the first drawing writes every row
      drawn = true;
    },
    settled: () => (pending ? new Promise((resolve) => { waiting.push(resolve); }) : Promise.resolve()),
  };
}
