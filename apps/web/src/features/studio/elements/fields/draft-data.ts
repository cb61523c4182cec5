import type { DocumentPath } from '../../studio-draft.context';

/**
 * Reading the draft's raw data (yaml's toJS of the text as edited, valid or not). The forms show what is there,
 * whatever its shape, so every reader tolerates the wrong type instead of throwing.
 */
export type DataRecord = Record<string, unknown>;

export function getIn(data: unknown, path: DocumentPath): unknown {
  let node: unknown = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asRecord(value: unknown): DataRecord {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as DataRecord) : {};
}

export function asText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? String(value) : '';
}

export function asStrings(value: unknown): string[] {
  return asList(value).filter((item): item is string => typeof item === 'string');
}

/** The `id` of each element of a list (facts use `key`). */
export function idsOf(list: unknown, key: 'id' | 'key' = 'id'): string[] {
  return asList(list).map((item) => asText(asRecord(item)[key])).filter((id) => id !== '');
}

export function samePath(a: DocumentPath | null | undefined, b: DocumentPath | null | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((part, index) => part === b[index]);
}

export function isPrefix(prefix: DocumentPath, path: DocumentPath): boolean {
  return prefix.length <= path.length && prefix.every((part, index) => part === path[index]);
}
