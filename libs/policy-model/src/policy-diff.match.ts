/** An element of the earlier and the later version with the same key; one side is absent when added or removed. */
export interface MatchedPair<T> {
  key: string;
  before?: T;
  after?: T;
}

interface Placed<T> {
  element: T;
  position: number;
}

/**
 * Pairs elements by key, not by position. The pairs come in document order, and in the same order whichever
 * version is the earlier one (so a diff and its reverse are mirror images): by the earlier of the two positions,
 * then the later one, then the key. A key that occurs twice is told apart by its occurrence (`id#2`).
 */
export function matchByKey<T>(before: ReadonlyArray<T>, after: ReadonlyArray<T>, key: (element: T) => string): MatchedPair<T>[] {
  const earlier = keyed(before, key);
  const later = keyed(after, key);
  const keys = [...new Set([...earlier.keys(), ...later.keys()])];
  const span = (k: string): [number, number] => {
    const positions = [earlier.get(k)?.position, later.get(k)?.position].filter((p): p is number => p !== undefined);
    return [Math.min(...positions), Math.max(...positions)];
  };
  return keys
    .map((k) => ({ k, span: span(k) }))
    .sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map(({ k }) => ({ key: k, before: earlier.get(k)?.element, after: later.get(k)?.element }));
}

function keyed<T>(elements: ReadonlyArray<T>, key: (element: T) => string): Map<string, Placed<T>> {
  const map = new Map<string, Placed<T>>();
  const seen = new Map<string, number>();
  elements.forEach((element, position) => {
    const base = key(element);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    map.set(occurrence === 1 ? base : `${base}#${occurrence}`, { element, position });
  });
  return map;
}
