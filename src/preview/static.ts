import { extname, join, sep } from 'node:path';

/** Content types of the files a report holds. */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.pdf': 'application/pdf',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
};

export const contentType = (path: string): string => types[extname(path).toLowerCase()] ?? 'application/octet-stream';

/**
 * The file under `root` that a request path names, or null when the path is malformed or would
 * leave the folder (`..`, encoded or not, NUL, backslashes). A path ending in `/` names its index.html.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return null;
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return null;
  if (path.endsWith('/')) parts.push('index.html');
  const full = join(root, ...parts);
  return full === root || full.startsWith(root + sep) ? full : null;
}
