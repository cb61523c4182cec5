import type { DocumentPath } from '../studio-draft.context';

/*
 * The same four edits on the document as plain data (immutable: changed containers are copied, the rest shared).
 * The store applies them to `data` at once, so a form shows its own keystroke without waiting for the text to be
 * parsed again; the text edit (yaml-edit.ts) is the one that counts, and the next parse of the text agrees.
 */

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

function copy(container: Container): Container {
  return Array.isArray(container) ? [...container] : { ...container };
}

function child(container: unknown, key: string | number): unknown {
  return isContainer(container) ? (container as Record<string | number, unknown>)[key] : undefined;
}

/** Rebuilds the containers along `path`, letting `change` produce the new value at its end. */
function update(root: unknown, path: DocumentPath, change: (current: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  const base: Container = isContainer(root) ? copy(root) : typeof key === 'number' ? [] : {};
  const next = update(child(root, key), rest, change);
  (base as Record<string | number, unknown>)[key] = next;
  return base;
}

export function setInData(data: Record<string, unknown>, path: DocumentPath, value: unknown): Record<string, unknown> {
  if (value === undefined) return deleteInData(data, path);
  return update(data, path, () => value) as Record<string, unknown>;
}

export function deleteInData(data: Record<string, unknown>, path: DocumentPath): Record<string, unknown> {
  if (path.length === 0) return {};
  const key = path[path.length - 1] as string | number;
  const parent = path.slice(0, -1).reduce<unknown>((node, part) => child(node, part), data);
  if (!isContainer(parent) || !(String(key) in parent)) return data;
  return update(data, path.slice(0, -1), (current) => {
    if (Array.isArray(current)) return current.filter((_, index) => index !== key);
    const { [key]: _removed, ...others } = current as Record<string, unknown>;
    return others;
  }) as Record<string, unknown>;
}

export function appendInData(data: Record<string, unknown>, path: DocumentPath, value: unknown): Record<string, unknown> {
  return update(data, path, (current) => [...(Array.isArray(current) ? current : []), value]) as Record<string, unknown>;
}

export function moveInData(data: Record<string, unknown>, path: DocumentPath, from: number, to: number): Record<string, unknown> {
  return update(data, path, (current) => {
    if (!Array.isArray(current)) return current;
    const next = [...current];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    return next;
  }) as Record<string, unknown>;
}
