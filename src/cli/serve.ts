import { resolve, join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkOutputDir } from '../io/output-guard.js';
import { sha256 } from '../lib/sha256.js';
import { languages } from '../messages/languages.js';
import { cliText } from '../messages/cli.js';
import { serveText } from '../messages/serve.js';
import { MAX_RUNS, MAX_SEED } from '../schema/methodology.js';
import { startPreview } from '../preview/session.js';
import { integer, optionLimits, parse, UsageError } from './args.js';
import type { Command } from './io.js';

const DEFAULT_PORT = 8765;

/** Where a project's preview is built unless --out says: one folder per project, kept between runs. */
export const previewFolder = (dir: string): string => join(tmpdir(), `policy-index-preview-${sha256(dir).slice(0, 12)}`);

/**
 * `policy-index serve`: the preview loop (see startPreview). Resolves with 0 once stopped by
 * Ctrl-C (SIGINT) or SIGTERM; a second signal stops at once, leaving the last good preview.
 */
export const serve: Command = async (argv, io) => {
  const { values, positionals } = parse(argv, {
    port: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' },
    'png-scale': { type: 'string' }, threads: { type: 'string' }, force: { type: 'boolean' },
  });
  if (values.help) return io.out(`${serveText.usage}\n`), 0;
  const codes = ((values.lang as string | undefined) ?? 'en').split(',').map((c) => c.trim()).filter(Boolean);
  for (const c of codes) if (!languages[c]) throw new UsageError(cliText.unknownLanguage(c, Object.keys(languages)));
  const port = integer('port', values.port as string | undefined, 0, 65535) ?? DEFAULT_PORT;
  const run = {
    codes,
    pngScale: integer('png-scale', values['png-scale'] as string | undefined, 1, optionLimits.pngScale) ?? 1,
    threads: integer('threads', values.threads as string | undefined, 1, optionLimits.threads),
    runs: integer('runs', values.runs as string | undefined, 0, MAX_RUNS) ?? 0,
    seed: integer('seed', values.seed as string | undefined, 0, MAX_SEED),
  };
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const out = values.out === undefined ? previewFolder(dir) : resolve(io.cwd, values.out as string);
  const guard = { project: dir, cwd: io.cwd, force: Boolean(values.force) };
  await checkOutputDir(out, guard);
  const log = (line: string) => io.err(`${line}\n`);
  let preview;
  try {
    preview = await startPreview({ dir, out, port, run, guard, log });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(serveText.portInUse(port));
    throw e;
  }
  log(serveText.listening(preview.url, out));
  const p = preview;
  await new Promise<void>((done) => {
    let stopping = false;
    const stop = () => {
      if (stopping) { void p.close(true).then(done); return; }
      stopping = true;
      if (p.busy()) log(serveText.stopping);
      void p.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  log(serveText.stopped);
  return 0;
};
