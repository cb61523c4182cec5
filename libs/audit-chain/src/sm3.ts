import { createHash } from 'node:crypto';

/** SM3 (GB/T 32905-2016) of UTF-8 text, as 64 hex digits. */
export function sm3(text: string): string {
  return createHash('sm3').update(text, 'utf8').digest('hex');
}
