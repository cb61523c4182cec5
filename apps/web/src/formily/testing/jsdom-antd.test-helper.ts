/**
 * What antd needs from a browser that jsdom lacks: media queries, and a getComputedStyle that survives the
 * `#id::-webkit-scrollbar` rule antd's Table measures the scrollbar with (jsdom's selector engine throws on it).
 * Call once in beforeAll.
 */
export function prepareJsdomForAntd(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element, pseudo?: string | null) => {
    try {
      return pseudo ? computed(element, pseudo) : computed(element);
    } catch {
      return document.createElement('div').style;
    }
  };
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => undefined, removeListener: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false })) as typeof window.matchMedia;
  // dnd-kit and antd observe element sizes.
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
