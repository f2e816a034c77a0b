import { describe, expect, it } from 'vitest';
import { progressBar, SHOW_AFTER_MS } from '../../src/cli/progress.js';
import type { Io } from '../../src/cli/io.js';

function terminal(tty: boolean): { io: Io; text: () => string } {
  let err = '';
  const io: Io = { out: () => {}, err: (t) => { err += t; }, outTty: tty, errTty: tty, errColumns: 100, cwd: '.' };
  return { io, text: () => err };
}

describe('progressBar', () => {
  it('stays silent when stderr is not a terminal, however long the work runs', () => {
    const { io, text } = terminal(false);
    let clock = 0;
    const bar = progressBar(io, true, 'report', () => clock);
    for (let k = 1; k <= 10; k++) { clock += 1000; bar.update(k, 10, `step ${k}`); }
    bar.end();
    expect(text()).toBe('');
  });

  it('stays silent with --quiet on a terminal', () => {
    const { io, text } = terminal(true);
    let clock = 0;
    const bar = progressBar(io, false, 'report', () => clock);
    clock = 5000;
    bar.update(1, 10, 'a');
    bar.end();
    expect(text()).toBe('');
  });

  it('shows nothing for work that ends within a second', () => {
    const { io, text } = terminal(true);
    let clock = 0;
    const bar = progressBar(io, true, 'report', () => clock);
    for (let k = 1; k <= 10; k++) { clock = k * (SHOW_AFTER_MS / 11); bar.update(k, 10, 'x'); }
    bar.end();
    expect(text()).toBe('');
  });

  it('draws the label, the bar, the count and the step once the work has run a second, then clears the line', () => {
    const { io, text } = terminal(true);
    let clock = 0;
    const bar = progressBar(io, true, 'report', () => clock);
    bar.update(1, 40, 'charts/ranking-2024');
    expect(text()).toBe('');
    clock = SHOW_AFTER_MS + 1;
    bar.update(10, 40, 'charts/heatmap-2024');
    const shown = text();
    expect(shown).toContain('report [');
    expect(shown).toContain('25%');
    expect(shown).toContain('10/40');
    expect(shown).toContain('charts/heatmap-2024');
    bar.update(40, 40, 'MEX');
    bar.end();
    const after = text().slice(shown.length);
    // cleared on completion: the cursor goes back to column 1 and the line is erased
    expect(after).toMatch(/\u001b\[1G\u001b\[0K|\u001b\[2K/);
    // one line only: no newline is ever written
    expect(text()).not.toContain('\n');
  });

  it('follows a change of total (a second phase of the work) and shortens long step names', () => {
    const { io, text } = terminal(true);
    let clock = SHOW_AFTER_MS * 2;
    const bar = progressBar(io, true, 'report', () => clock);
    clock = 0;
    const late = progressBar(io, true, 'report', () => clock);
    clock = SHOW_AFTER_MS * 2;
    late.update(50, 100, 'sensitivity');
    late.update(3, 30, 'a very long name of a chart that goes on and on');
    late.end();
    bar.end();
    expect(text()).toContain('3/30');
    expect(text()).toContain('a very long name of a chart tha…');
    expect(text()).not.toContain('goes on and on');
  });
});
