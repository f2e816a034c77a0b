import { copyFile, access } from 'node:fs/promises';

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Copies `path` to `path.bak` (replacing an older backup) when it exists; returns whether it did. */
export async function backup(path: string): Promise<boolean> {
  if (!(await exists(path))) return false;
  await copyFile(path, `${path}.bak`);
  return true;
}
