/** Every user-facing string of `policy-index serve`: the terminal lines and the words of the page overlay. */
export const serveText = {
  usage: `usage: policy-index serve [DIR] [options]

A local preview of the report: builds it, serves it on this computer only (127.0.0.1), watches
the project's indicators/ and countries/ folders and rebuilds after each change, reusing every
chart and PDF the change cannot affect. The open page reloads itself after a rebuild. When the
data has errors they are shown in the page and here, and the last good report stays on screen.
Stop with Ctrl-C.

options:
  --port N          the port (default 8765; 0 picks a free one)
  --lang CODES      languages to preview, comma-separated (default: en; all: en,fr,es,ar)
  --out PATH        where the preview is built (default: a folder in the system's temp folder,
                    kept between runs so that the next start reuses its charts and PDFs)
  --runs N          sensitivity runs for the plausible ranks (default: 0 = none, for speed)
  --seed N          seed for those runs
  --png-scale N     PNG resolution multiplier (default 1 for speed; the report uses print size)
  --threads N       rendering threads
  --force           allow --out to replace a folder policy-index did not make
  -h, --help        this text`,
  listening: (url: string, out: string) => `preview at ${url} (built in ${out}); watching for changes, Ctrl-C to stop`,
  building: 'rebuilding…',
  built: (files: number, reused: number, seconds: string, first: boolean) =>
    `${first ? 'built' : 'rebuilt'} in ${seconds} s: ${files} files, ${reused} charts and PDFs reused`,
  failed: (errors: number) => `the data has ${errors} error(s); the page keeps the last good report until they are fixed`,
  buildFailed: (reason: string) => `the rebuild failed: ${reason}; the page keeps the last good report`,
  changed: (file: string) => `changed: ${file}`,
  portInUse: (port: number) => `port ${port} is in use; choose another with --port N (or --port 0 for any free port)`,
  stopping: 'stopping: finishing the current build first (Ctrl-C again to stop at once)',
  stopped: 'preview stopped',
  forbiddenHost: 'This preview answers only requests addressed to 127.0.0.1 or localhost.',
  notFound: (path: string) => `Not in the preview: ${path}. A language or page missing here may need serve --lang.`,
  waiting: 'The first preview is being built; this page reloads itself when it is ready.',
  waitingTitle: 'policy-index preview',
  /** Shown in the page overlay (built with DOM text, never HTML). */
  page: {
    problemsTitle: 'The report was not rebuilt: the data has errors',
    failedTitle: 'The report was not rebuilt',
    keep: 'This page shows the last good report. Fix the files and save: the preview rebuilds by itself.',
    building: 'Rebuilding the preview…',
    lost: 'The preview server stopped; this page will reconnect when it is started again.',
    dismiss: 'Hide',
  },
} as const;
