/**
 * Types into a React-controlled input or textarea as a user would: React listens to the native `input` event and
 * reads the value through the element's own setter, so set it that way (assigning `.value` would be swallowed).
 */
export function typeInto(element: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!element) throw new Error('no such input');
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}
