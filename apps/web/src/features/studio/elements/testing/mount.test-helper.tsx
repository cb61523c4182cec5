/// <reference types="node" />
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createProbe, FakeStudioDraft, type FakeDraftProbe } from './fake-studio-draft.test-helper';

/** The five seed regulations, read as the studio opens them (the YAML text, comments and all). */
export const SEED_FILES = {
  '441623': '441623-lianping/consultation-draft-2.policy.yaml',
  '141023': '141023-xiangfen/2022.policy.yaml',
  '210882': '210882-dashiqiao/interim-2025.policy.yaml',
  '360000': '360000-jiangxi/2024.policy.yaml',
  '371702': '371702-mudan/trial-2023.policy.yaml',
} as const;

export function seedYaml(code: keyof typeof SEED_FILES): string {
  return readFileSync(resolve(import.meta.dirname, '../../../../../../../policies', SEED_FILES[code]), 'utf8');
}

/** What jsdom lacks and antd, rc-virtual-list and CodeMirror reach for. */
export function installDomShims(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom computes styles by walking every stylesheet, and antd injects many: an empty declaration is what jsdom's
  // layout-free answer amounts to anyway, and keeps a form with many text areas (which measure themselves) fast.
  const blank = document.createElement('div').style;
  window.getComputedStyle = () => blank;
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => undefined, removeListener: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false })) as typeof window.matchMedia;
  const rects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getClientRects ??= rects;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
}

export interface Mounted {
  container: HTMLElement;
  probe: FakeDraftProbe;
  unmount(): void;
}

export async function mount(yaml: string, children: ReactNode, options: { editable?: boolean } = {}): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const probe = createProbe();
  await act(async () => {
    root.render(
      <ConfigProvider locale={zhCN}>
        <AntApp>
          <FakeStudioDraft yaml={yaml} editable={options.editable} probe={probe}>
            {children}
          </FakeStudioDraft>
        </AntApp>
      </ConfigProvider>,
    );
  });
  return {
    container,
    probe,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
      document.body.innerHTML = '';
    },
  };
}

export async function until(check: () => boolean, what: string, attempts = 200): Promise<void> {
  for (let attempt = 0; attempt < attempts && !check(); attempt++) await act(() => new Promise((done) => setTimeout(done, 20)));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

export const byTestId = (scope: ParentNode, id: string) => scope.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const byPath = (scope: ParentNode, path: string) => scope.querySelector<HTMLElement>(`[data-path="${path}"]`);

export function buttonByText(scope: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...scope.querySelectorAll('button')].find((button) => button.textContent?.replace(/\s+/g, '') === text);
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => (element as HTMLElement).click());
}

/** Types into an input or textarea the way React sees it, then leaves it (which writes it into the draft). */
export async function typeInto(element: Element | null | undefined, text: string, { leave = true } = {}): Promise<void> {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) throw new Error('not a text input');
  const prototype = element instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  await act(async () => {
    element.focus();
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (leave) await act(async () => element.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
}

/** Opens an antd Select and picks the option whose text is `label`. */
export async function choose(select: Element | null | undefined, label: string): Promise<void> {
  const root = select?.closest('.ant-select') ?? select;
  const trigger = root?.querySelector('.ant-select-selector');
  if (!trigger) throw new Error('not an antd select');
  await act(async () => trigger.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
  await until(() => findOption(label) !== undefined, `the option ${label}`);
  await act(async () => (findOption(label) as HTMLElement).click());
}

function findOption(label: string): Element | undefined {
  return [...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')].find((option) => option.textContent?.trim() === label);
}

/** The validation message shown under a field. */
export function fieldHelp(input: Element | null | undefined): string {
  return input?.closest('.ant-form-item')?.querySelector('[data-testid="field-issues"]')?.textContent ?? '';
}
