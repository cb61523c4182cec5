import type { ErrorResponse } from '@banfa/api-contract';
import { ApiError, authHeaders } from './http';

/** The file name a download response gives: RFC 5987 `filename*=UTF-8''…` first, else the plain `filename`. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  return /filename\s*=\s*"([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * Downloads a file from the api with the signed-in user's token (a plain link would carry none): the answer as a
 * blob, saved through a temporary link under the name `fileName` gives from the answer's Content-Disposition.
 * Returns that name. Errors are ApiErrors with the api's message (status 0: no connection).
 */
export async function downloadFromApi(
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; fileName(disposition: string | null): string },
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: init.method ?? 'GET',
      headers: { ...authHeaders(), ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: '无法连接服务器，请检查网络后重试', details: [] });
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as Partial<ErrorResponse>;
    throw new ApiError(response.status, { code: body.code ?? 'http-error', message: body.message ?? `导出失败（${response.status}）`, details: body.details ?? [] });
  }
  const name = init.fileName(response.headers.get('Content-Disposition'));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
