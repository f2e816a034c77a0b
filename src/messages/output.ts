/**
 * Every message about where outputs go: refusals to replace what policy-index did not make,
 * the lock that keeps two builds apart, backups. Messages start lower case, name the path and
 * say the fix.
 */
const q = (v: string) => JSON.stringify(v);
const some = (xs: readonly string[], max = 5) =>
  xs.length <= max ? xs.map(q).join(', ') : `${xs.slice(0, max).map(q).join(', ')} and ${xs.length - max} more`;
const choose = 'choose an empty or new folder with --out';

export const outputText = {
  notFolder: (path: string, kind: string) =>
    `${path} is ${kind}, not a folder: policy-index writes its output into a folder of its own and will not replace ${kind}; ${choose} (--force never applies to ${kind})`,
  symlink: (path: string) =>
    `${path} is a symbolic link: policy-index does not write through links; name the folder it points to, or ${choose}`,
  root: (path: string) => `${path} is the root of the file system: policy-index will not replace it; ${choose}`,
  home: (path: string) => `${path} is or contains your home folder: policy-index will not replace it; ${choose}`,
  project: (path: string, project: string) =>
    `${path} is or contains the data project ${project}: replacing it would delete the project; ${choose}, e.g. ${project}/reports (--force does not apply)`,
  dataFolder: (path: string, folder: string) =>
    `${path} is or lies inside the project's ${folder} folder, which holds the data: ${choose} outside indicators/ and countries/ (--force does not apply)`,
  cwd: (path: string) =>
    `${path} is or contains the current folder: policy-index will not replace the folder you are working in; ${choose}`,
  notOurs: (path: string, marker: string) =>
    `${path} is a folder policy-index did not make (it is not empty and has no ${marker}): ${choose}, or add --force to replace everything in it`,
  foreign: (path: string, files: readonly string[], marker: string) =>
    `${path} holds ${files.length} file(s) that policy-index did not write (${some(files)}; not listed in its ${marker}): move them out of the folder, or add --force to replace them with the rest`,
  unreadable: (path: string, reason: string) => `${path} cannot be read (${reason}): policy-index checks a folder before it replaces it; ${choose}`,
  busy: (path: string, pid: number, lock: string) =>
    `another policy-index build (process ${pid}) is writing ${path}; wait for it to finish (if no build is running, remove ${lock})`,
  changed: (path: string) => `${path} changed while the report was being built; the new report was not swapped in (run the command again)`,
  notAFile: (path: string) =>
    `${path} is not a regular file (a folder, a link or a device stands at its name): policy-index replaces only files; move it away and run again`,
  backupClash: (path: string) => `cannot keep a backup of ${path}: every backup name up to ${path}.bak.99 is taken; remove old backups and run again`,
} as const;

/** What a kind of file system entry is called in a refusal. */
export const entryKind = {
  file: 'a file',
  device: 'a device',
  fifo: 'a named pipe',
  socket: 'a socket',
  other: 'not a folder',
} as const;
