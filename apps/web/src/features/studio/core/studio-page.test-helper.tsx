import type { Actor } from '@banfa/permissions';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { AuthProvider } from '../../../auth/AuthContext';
import { button, json, prepareDom } from '../../../testing/dom.test-helper';

export { signIn } from '../../../testing/sign-in.test-helper';

export const LIANPING_ADMIN: Actor = { id: 'u-lp-policy', role: 'policy-admin', jurisdictionCode: '441623' };
export const GUANGDONG_OBSERVER: Actor = { id: 'u-gd-observer', role: 'provincial-observer', jurisdictionCode: '440000' };

export interface Request {
  url: string;
  method: string;
  body?: unknown;
}

/**
 * Stubs fetch with `answer` (undefined: 404) and records every request. Call in beforeEach, with
 * vi.unstubAllGlobals() in afterEach.
 */
export function stubApi(answer: (request: Request) => Response | undefined): Request[] {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const request = { url, method: init.method ?? 'GET', ...(init.body ? { body: JSON.parse(String(init.body)) as unknown } : {}) };
      requests.push(request);
      return answer(request) ?? json({ code: 'not-found', message: '不存在', details: [] }, 404);
    }),
  );
  return requests;
}

/** What the browser saves through a download link: each file's name and text (URL.createObjectURL and click stubbed). */
export function catchDownloads(): Array<{ name: string; text: Promise<string> }> {
  const blobs = new Map<string, Blob>();
  const createObjectURL = (blob: Blob) => {
    const url = `blob:download-${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const saved: Array<{ name: string; text: Promise<string> }> = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, text: blobs.get(this.getAttribute('href') ?? '')?.text() ?? Promise.resolve('') });
  });
  return saved;
}

function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname}</div>;
}

/**
 * Renders the studio's routes as the app does (antd App, React Query, AuthProvider, a router at `at`), with the
 * router's path in `[data-testid="location"]`. A route left out renders nothing but that path.
 */
async function mountStudio(at: string, routes: { list?: ReactNode; version?: ReactNode }): Promise<() => void> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  await act(async () => {
    root.render(
      <AntApp>
        <QueryClientProvider client={client}>
          <AuthProvider>
            <MemoryRouter initialEntries={[at]}>
              <Location />
              <Routes>
                <Route path="/studio" element={routes.list ?? null} />
                <Route path="/studio/versions/:id" element={routes.version ?? null} />
              </Routes>
            </MemoryRouter>
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>,
    );
  });
  return () => {
    act(() => root.unmount());
    container.remove();
  };
}

/** Picks `file` in the page's file input, as the browser's file dialog does. */
export async function pickFile(file: File): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
}

/** A file as the file dialog gives it (jsdom's File lacks Blob.text(), which browsers have). */
export function yamlFile(name: string, text: string): File {
  return Object.assign(new File([text], name, { type: 'application/yaml' }), { text: async () => text });
}

/** The confirmation dialog open (modal.confirm), or null. */
export const confirmDialog = () => document.querySelector<HTMLElement>('.ant-modal-confirm');

/** A button of the open confirmation dialog, by its text. */
export function dialogButton(text: string): HTMLButtonElement | undefined {
  const dialog = confirmDialog();
  if (!dialog) throw new Error('no confirmation dialog open');
  return button(text, dialog);
}

/**
 * A page test's setting, per test: a DOM antd can render in, an empty localStorage (sign in after), and afterwards
 * the page unmounted and fetch, URL and spies restored. `mount` renders the studio's routes at `at` (see
 * mountStudio). Call in a spec's top level.
 */
export function studioPageFixture() {
  let unmount: (() => void) | null = null;
  beforeAll(prepareDom);
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    unmount?.();
    unmount = null;
    document.body.innerHTML = '';
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  return {
    async mount(at: string, routes: { list?: ReactNode; version?: ReactNode }): Promise<void> {
      unmount?.();
      unmount = await mountStudio(at, routes);
    },
  };
}
