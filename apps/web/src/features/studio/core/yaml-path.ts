import { isMap, isPair, isScalar, isSeq, type Node, type ParsedNode } from 'yaml';
import type { DocumentPath } from '../studio-draft.context';
import { elementEnd, elementStart, isCollection, lineStart, nodeAt, parseText, valueEnd, type Collection } from './yaml-nodes';

/** A span of the text, [from, to). */
export interface TextRange {
  from: number;
  to: number;
}

/**
 * The path of the element at `offset` (the cursor), as deep as the text allows: on a key or its value, that pair;
 * in the indentation of a line, the element the line starts. A text that does not parse still answers for the
 * part before the error.
 */
export function pathAt(text: string, offset: number): DocumentPath {
  const { doc } = parseText(text);
  const at = pointOfLine(text, offset);
  const path: Array<string | number> = [];
  let node: ParsedNode | null = doc.contents;
  while (isCollection(node)) {
    const index = elementIndexAt(text, node, at);
    if (index === -1) break;
    const item = node.items[index];
    if (isPair(item)) {
      const key = item.key as ParsedNode | null;
      if (!isScalar(key)) break;
      path.push(typeof key.value === 'number' ? key.value : String(key.value));
      node = item.value as ParsedNode | null;
    } else {
      path.push(index);
      node = item as ParsedNode;
    }
  }
  return path;
}

/** The cursor moved past a line's indentation, and past a list dash, so the line's element is found. */
function pointOfLine(text: string, offset: number): number {
  const start = lineStart(text, offset);
  const line = text.slice(start, text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start));
  const content = line.length - line.trimStart().length;
  if (offset - start > content) return offset;
  const dashes = /^(\s*-\s+)+/.exec(line);
  return start + (dashes ? dashes[0].length : content);
}

function elementIndexAt(text: string, collection: Collection, offset: number): number {
  for (let index = 0; index < collection.items.length; index += 1) {
    const item = collection.items[index];
    if (!isPair(item) && !(item as Node | null)?.range) continue;
    if (isPair(item) && !(item.key as Node | null)?.range) continue;
    const start = isPair(item) ? ((item.key as Node).range as [number, number, number])[0] : ((item as Node).range as [number, number, number])[0];
    if (offset >= start && offset <= elementEnd(text, collection, index)) return index;
  }
  return -1;
}

/**
 * Where the element at `path` is written: a pair from its key to the end of its value, a list item from its dash.
 * Null when the path is not in the text.
 */
export function rangeOf(text: string, path: DocumentPath): TextRange | null {
  const { doc } = parseText(text);
  if (path.length === 0) {
    const contents = doc.contents as Node | null;
    return contents?.range ? { from: contents.range[0], to: valueEnd(text, contents) } : null;
  }
  const parent = nodeAt(doc, path.slice(0, -1));
  if (!isCollection(parent)) return null;
  const key = path[path.length - 1] as string | number;
  const index = isMap(parent)
    ? parent.items.findIndex((pair) => isScalar(pair.key) && String(pair.key.value) === String(key))
    : isSeq(parent) && typeof key === 'number' && key < parent.items.length
      ? key
      : -1;
  if (index === -1) return null;
  return { from: elementStart(text, parent, index), to: elementEnd(text, parent, index) };
}

/** The nearest existing element on `path`: a path into an element not written yet points at its parent. */
export function nearestRange(text: string, path: DocumentPath): TextRange | null {
  for (let length = path.length; length >= 0; length -= 1) {
    const range = rangeOf(text, path.slice(0, length));
    if (range) return range;
  }
  return null;
}

/** The offset of a 1-based line and column (clamped to the text). */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  return Math.min(offset + Math.max(column - 1, 0), end === -1 ? text.length : end);
}
