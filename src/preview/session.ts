import { loadProject } from '../project.js';
import { formatProblem } from '../validate/format.js';
import { serveText } from '../messages/serve.js';
import type { OutputGuard } from '../io/output-guard.js';
import { reportInto, type ReportRun } from '../report-into.js';
import { startServer, type PreviewState } from './server.js';
import { watchProject } from './watch.js';

/** The most problem lines the page and terminal show for one failed rebuild. */
const MAX_LINES = 60;

export type BuildOutcome =
  | { ok: true; files: number; reused: number; seconds: number }
  | { ok: false; kind: 'data' | 'build'; lines: string[] };

export interface PreviewOptions {
  dir: string;
  out: string;
  port: number;
  run: ReportRun;
  guard: OutputGuard;
  /** A line for the terminal. */
  log: (line: string) => void;
  /** Told of every finished build (tests wait on it). */
  onBuild?: (outcome: BuildOutcome) => void;
  settleMs?: number;
}

export interface Preview {
  url: string;
  /** Whether a build is running now. */
  busy: () => boolean;
  /** Stops watching and serving; waits for a running build unless `now`. */
  close: (now?: boolean) => Promise<void>;
}

/**
 * The edit-and-see loop: builds the report into `out`, serves it, and rebuilds after each change
 * to the project's files (one build at a time; changes during a build start one more after it).
 * A failed rebuild leaves `out` as it was (the swap is atomic), so the page keeps the last good
 * report and shows the problems over it.
 */
export async function startPreview(o: PreviewOptions): Promise<Preview> {
  const state: PreviewState = { generation: 0, building: false, problems: null };
  const server = await startServer(o.out, o.port, () => state);
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  const fail = (kind: 'data' | 'build', lines: string[]): BuildOutcome => {
    const shown = lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `… ${lines.length - MAX_LINES} more`] : lines;
    state.problems = { kind, lines: shown };
    server.broadcast('problems', state.problems);
    for (const l of shown) o.log(l);
    o.log(kind === 'data' ? serveText.failed(lines.length) : serveText.buildFailed(lines[0] ?? ''));
    return { ok: false, kind, lines: shown };
  };

  const buildOnce = async (): Promise<BuildOutcome> => {
    const started = Date.now();
    const { dataset, problems } = await loadProject(o.dir);
    if (!dataset) return fail('data', problems.filter((p) => p.severity === 'error').map(formatProblem));
    try {
      const { files, reused } = await reportInto(o.dir, dataset, o.out, o.run, o.guard);
      const seconds = (Date.now() - started) / 1000;
      state.generation++;
      state.problems = null;
      server.broadcast('reload');
      o.log(serveText.built(files, reused, seconds.toFixed(1), state.generation === 1));
      return { ok: true, files, reused, seconds };
    } catch (e) {
      return fail('build', [(e as Error).message ?? String(e)]);
    }
  };

  const schedule = (): void => {
    if (closed) return;
    if (running) { again = true; return; }
    running = (async () => {
      do {
        again = false;
        state.building = true;
        server.broadcast('building');
        if (state.generation > 0) o.log(serveText.building);
        const outcome = await buildOnce();
        state.building = false;
        o.onBuild?.(outcome);
      } while (again && !closed);
    })().finally(() => { running = null; });
  };

  const unwatch = watchProject(o.dir, (files) => { for (const f of files) o.log(serveText.changed(f)); schedule(); }, o.settleMs);
  schedule();
  return {
    url: server.url,
    busy: () => running !== null,
    close: async (now = false) => {
      closed = true;
      unwatch();
      await server.close();
      if (!now && running) await running;
    },
  };
}
