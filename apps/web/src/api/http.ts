import type { ErrorResponse } from '@banfa/api-contract';

/** An api error with the server's message and the fields it concerns. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorResponse,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

let token: string | null = null;

export function setApiToken(value: string | null): void {
  token = value;
}

/** The Authorization header of the signed-in user, for requests made without api() (uploads with progress). */
export function authHeaders(): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** A request that gets no answer within this time counts as a lost connection (a hung socket says nothing). */
const DEFAULT_TIMEOUT_MS = 30_000;

export async function api<T>(path: string, init: { method?: string; body?: unknown; timeoutMs?: number } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      signal: AbortSignal.timeout(init.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      method: init.method ?? 'GET',
      headers: {
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: '无法连接服务器，请检查网络后重试', details: [] });
  }
  const text = await response.text();
  const body = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const error = body as Partial<ErrorResponse> | undefined;
    throw new ApiError(response.status, {
      code: error?.code ?? 'http-error',
      message: error?.message ?? `请求失败（${response.status}）`,
      details: error?.details ?? [],
    });
  }
  return body as T;
}
