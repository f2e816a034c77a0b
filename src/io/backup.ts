import { access, constants, copyFile } from 'node:fs/promises';

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The names a backup of `path` may take, in order: `path.bak`, then `path.bak.2` … `path.bak.99`. */
export const backupNames = (path: string): string[] => [`${path}.bak`, ...Array.from({ length: 98 }, (_, k) => `${path}.bak.${k + 2}`)];

/**
 * Copies `path` to the first backup name not yet taken and returns it (null when `path` does not
 * exist). Earlier backups are never replaced, and the copy is made exclusively, so a link
 * planted at a backup name is never followed. Throws when all names are taken.
 */
export async function backup(path: string): Promise<string | null> {
  if (!(await exists(path))) return null;
  for (const name of backupNames(path)) {
    try {
      await copyFile(path, name, constants.COPYFILE_EXCL);
      return name;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw new BackupsFull(path);
}

/** Every backup name of a file is taken. */
export class BackupsFull extends Error {
  override name = 'BackupsFull';
  constructor(readonly path: string) {
    super(path);
  }
}
