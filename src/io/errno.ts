/**
 * Why a file or folder could not be read or written, in words, from Node's error code: the
 * reason quoted by `file_unreadable`, `folder_unreadable` and the command line's disk errors.
 */
export function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EISDIR': return 'it is a folder; expected a file';
    case 'ENOTDIR': return 'a part of the path is a file; expected a folder';
    case 'EACCES': case 'EPERM': return 'permission denied; check who owns it and its permissions';
    case 'ELOOP': return 'too many symbolic links; a link points to itself';
    case 'ENAMETOOLONG': return 'the path is too long';
    case 'EMFILE': case 'ENFILE': return 'too many open files; close other programs and run again';
    case 'EIO': return 'input/output error; the disk may be failing';
    case undefined: return String((e as Error | null)?.message ?? e);
    default: return code;
  }
}
