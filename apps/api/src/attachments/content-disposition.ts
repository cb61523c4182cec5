/**
 * Content-Disposition for a download that keeps the original (Chinese) file name: an ASCII fallback for old
 * clients and the exact name in UTF-8 as RFC 6266 / RFC 5987 define it (filename*=UTF-8''…).
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** Percent-encodes a value for an RFC 5987 ext-value (attr-char stays as is). */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
