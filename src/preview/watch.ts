import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** The folders of a project that hold its input files (the report folder is never among them). */
export const WATCHED = ['indicators', 'indicators/i18n', 'countries'] as const;

/**
 * Only CSV and JSON files are inputs; editor droppings (`.x.swp`, `x~`, vim's `4913`, sed's temp
 * files), hidden files and our own backups (`x.csv.bak`) change nothing and start no rebuild.
 */
export const ignored = (name: string): boolean => name.startsWith('.') || !/\.(csv|json)$/i.test(name);

/**
 * Calls `onChange` with the changed files (relative to `dir`) once saving has settled for
 * `settleMs`, however many events the editor's save produced. Folders that do not exist are
 * skipped. Returns a function that stops watching.
 */
export function watchProject(dir: string, onChange: (files: string[]) => void, settleMs = 150): () => void {
  const watchers: FSWatcher[] = [];
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  for (const rel of WATCHED) {
    try {
      const w = watch(join(dir, rel), (_event, name) => {
        const file = name === null ? rel : String(name);
        if (ignored(file)) return;
        pending.add(name === null ? rel : `${rel}/${file}`);
        clearTimeout(timer);
        timer = setTimeout(() => { const files = [...pending].sort(); pending.clear(); onChange(files); }, settleMs);
      });
      w.on('error', () => w.close()); // the folder was removed: nothing left to watch there
      watchers.push(w);
    } catch {
      // no such folder: the project has none of these files to change
    }
  }
  return () => { clearTimeout(timer); for (const w of watchers) w.close(); };
}
