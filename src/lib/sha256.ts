import { createHash } from 'node:crypto';

/**
 * The sha-256 of text (as UTF-8) or bytes, in hex.
 * @example sha256('') // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
