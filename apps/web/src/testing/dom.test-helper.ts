import { act } from 'react';

/** jsdom lacks what antd reads (media queries, computed styles of pseudo elements): give it enough. */
export function prepareDom(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => {
    try {
      return computed(element);
    } catch {
      return document.createElement('div').style;
    }
  };
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

export async function until(check: () => boolean, what: string, attempts = 200): Promise<void> {
  for (let attempt = 0; attempt < attempts && !check(); attempt++) await act(() => new Promise((done) => setTimeout(done, 20)));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

export const byTestId = (scope: ParentNode, id: string) => scope.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** The button whose text (spaces removed: antd spaces out two-character labels) is `text`, anywhere in the page. */
export function button(text: string, scope: ParentNode = document): HTMLButtonElement | undefined {
  return [...scope.querySelectorAll('button')].find((candidate) => candidate.textContent?.replace(/\s+/g, '') === text.replace(/\s+/g, ''));
}

export async function click(element: Element | null | undefined, what = 'element'): Promise<void> {
  if (!element) throw new Error(`no ${what} to click`);
  await act(async () => (element as HTMLElement).click());
}

/** Types into an input or textarea as a user would (React listens for input events on the native value). */
export async function typeInto(element: Element | null | undefined, value: string): Promise<void> {
  if (!element) throw new Error('no field to type into');
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
