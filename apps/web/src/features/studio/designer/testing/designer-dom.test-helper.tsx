import type { ResolvedFact } from '@banfa/policy-model';
import { App as AntApp } from 'antd';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { SchemaNode } from '../design-kinds';
import { FormDesigner } from '../FormDesigner';

export { typeInto } from '../../../../formily/testing/dom-input.test-helper';

/** A designer mounted in jsdom, controlled by a parent that keeps its schema, as the studio does. */
export interface MountedDesigner {
  container: HTMLElement;
  schema(): SchemaNode;
  changes(): number;
  unmount(): void;
}

export function mountDesigner(initial: SchemaNode, options: { facts?: ReadonlyArray<ResolvedFact>; readOnly?: boolean } = {}): MountedDesigner {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  let latest = initial;
  let count = 0;
  function Host() {
    const [schema, setSchema] = useState(initial);
    return (
      <AntApp>
        <FormDesigner
          schema={schema}
          facts={options.facts}
          readOnly={options.readOnly}
          onChange={(next) => {
            latest = next;
            count += 1;
            setSchema(next);
          }}
        />
      </AntApp>
    );
  }
  act(() => root.render(<Host />));
  return {
    container,
    schema: () => latest,
    changes: () => count,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** The button whose text (spaces removed, as antd spaces out two-character labels) or aria-label is `name`. */
export function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => candidate.getAttribute('aria-label') === name || (candidate.textContent ?? '').replace(/\s+/g, '') === name,
  );
  if (!found) throw new Error(`no button “${name}”`);
  return found;
}

/** An input (or text area: the same value setter and events) by its id. */
export function byId(id: string): HTMLInputElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no element #${id}`);
  return element as HTMLInputElement;
}

export async function click(element: Element) {
  await act(async () => {
    (element as HTMLElement).click();
  });
}

export async function press(element: Element, key: string, modifiers: { ctrlKey?: boolean; shiftKey?: boolean; altKey?: boolean } = {}) {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers }));
  });
}

export const labelled = (container: ParentNode, label: string) => container.querySelector<HTMLInputElement>(`[aria-label="${label}"]`);

/** Waits for React's deferred work (the design checks run with useDeferredValue). */
export async function settle() {
  await act(() => new Promise((done) => setTimeout(done, 20)));
}
