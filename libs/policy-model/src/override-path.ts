/**
 * Paths of reading overrides (`tracks/filing/when/threshold/comparison`): segments separated by `/`. In an array
 * whose elements carry an `id` (or a fact's `key`), a segment names the element by it; otherwise, or when no element
 * has it, a segment is the element's 0-based index. `-` as the last segment appends to an array.
 */
export type ConcretePath = Array<string | number>;

export type PathResolution =
  | { ok: true; path: ConcretePath }
  | { ok: false; /** How far the path resolved, e.g. "tracks/filing/when". */ resolved: string; segment: string; reason: string };

export function splitOverridePath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/**
 * Turns an override path into the concrete path of keys and indexes in `data`. The last segment need not exist
 * when `forWrite` is set and its parent is an object (a new key) or it is `-` on an array (an append).
 */
export function resolveOverridePath(data: unknown, path: string, forWrite: boolean): PathResolution {
  const segments = splitOverridePath(path);
  if (segments.length === 0) return { ok: false, resolved: '', segment: '', reason: '路径为空' };
  const concrete: ConcretePath = [];
  let node: unknown = data;
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    const fail = (reason: string): PathResolution => ({ ok: false, resolved: segments.slice(0, i).join('/'), segment, reason });
    if (Array.isArray(node)) {
      if (segment === '-') {
        if (!(last && forWrite)) return fail('“-”只能作为写入路径的最后一段，表示在列表末尾追加');
        concrete.push(node.length);
        return { ok: true, path: concrete };
      }
      const index = indexOf(node, segment);
      if (index === undefined) {
        const ids = node.flatMap((item) => (elementName(item) !== undefined ? [elementName(item)] : []));
        return fail(ids.length > 0 ? `列表中没有标识为“${segment}”的元素（有：${ids.join('、')}）` : `列表只有 ${node.length} 项，没有第 ${segment} 项（从 0 起算）`);
      }
      concrete.push(index);
      node = node[index];
    } else if (isRecord(node)) {
      if (!Object.hasOwn(node, segment)) {
        if (last && forWrite) {
          concrete.push(segment);
          return { ok: true, path: concrete };
        }
        return fail(`没有键“${segment}”（有：${Object.keys(node).join('、') || '无'}）`);
      }
      concrete.push(segment);
      node = node[segment];
    } else {
      return fail('此处已是单个取值，不能再向下取');
    }
  }
  return { ok: true, path: concrete };
}

/** Sets or removes the value at a concrete path, in place. The path must come from resolveOverridePath on `data`. */
export function writeAtPath(data: unknown, path: ConcretePath, change: { value: unknown } | { remove: true }): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data);
  const key = path.at(-1);
  if (key === undefined) throw new Error('覆盖路径为空');
  if (Array.isArray(parent) && typeof key === 'number') {
    if ('remove' in change) parent.splice(key, 1);
    else parent[key] = change.value;
  } else if (isRecord(parent) && typeof key === 'string') {
    if ('remove' in change) delete parent[key];
    else parent[key] = change.value;
  } else {
    throw new Error(`覆盖路径无法写入：${path.join('/')}`);
  }
}

function indexOf(items: unknown[], segment: string): number | undefined {
  const byName = items.findIndex((item) => elementName(item) === segment);
  if (byName >= 0) return byName;
  if (/^\d+$/.test(segment) && Number(segment) < items.length) return Number(segment);
  return undefined;
}

function elementName(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const name = item['id'] ?? item['key'];
  return typeof name === 'string' ? name : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of plain data (what YAML and JSON give: objects, arrays, strings, numbers, booleans, null). */
export function cloneData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => cloneData(item)) as T;
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cloneData(item)])) as T;
  return value;
}
