import { formatIssuePath } from '@banfa/policy-model';
import { isMap, isPair, isScalar, isSeq, type Node, type ParsedNode, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DocumentPath } from '../studio-draft.context';
import {
  childOf,
  columnOf,
  elementEnd,
  elementLines,
  elementStart,
  isCollection,
  nextLineStart,
  nodeAt,
  pairOf,
  parseForEdit,
  startsLine,
  valueEnd,
  YamlEditError,
  type Collection,
} from './yaml-nodes';
import { withoutSharedNodes } from './yaml-aliases';
import { blockPair, blockValueAfterDash, blockValueAfterKey, flowPair, flowValue } from './yaml-render';

/*
 * Edits of the YAML text that keep the author's text: the change is made on the yaml Document (to know where each
 * node is), then only the text of the touched node is rewritten and spliced into the original. Everything else —
 * comments, blank lines, quoting, `{ a: 1 }` versus block style — stays byte for byte as written.
 */

export { YamlEditError } from './yaml-nodes';

const splice = (text: string, from: number, to: number, insert: string) => text.slice(0, from) + insert + text.slice(to);

const where = (path: DocumentPath) => formatIssuePath(path) || '文档根';

/** Whether a flow collection is written with spaces inside its brackets (`{ a: 1 }` rather than `{a: 1}`). */
function padded(text: string, collection: Collection): boolean {
  const start = collection.range[0];
  if (collection.items.length === 0) return isMap(collection);
  return text[start + 1] === ' ';
}

/** The offset of a flow collection's closing bracket. */
const closingBracket = (text: string, collection: Collection) => valueEnd(text, collection) - 1;

/** The value for the path below an element that does not exist yet: maps, and lists for the index 0. */
function nest(rest: DocumentPath, value: unknown, path: DocumentPath): unknown {
  return rest.reduceRight<unknown>((inner, key) => {
    if (typeof key === 'string') return { [key]: inner };
    if (key === 0) return [inner];
    throw new YamlEditError(`“${where(path)}”：列表还不存在，只能从第 1 项开始添加`);
  }, value);
}

/** Replaces the value of an existing element: the pair `key` of a map, or item `key` of a list. */
function replaceValue(text: string, parent: Collection, key: string | number, value: unknown): string {
  const index = isMap(parent) ? parent.items.indexOf(pairOf(parent, key) as never) : (key as number);
  const current = (isMap(parent) ? parent.items[index]?.value : parent.items[index]) as ParsedNode | null;
  const hasText = !!current?.range && current.range[1] > current.range[0];
  const isCollectionValue = typeof value === 'object' && value !== null;
  if (hasText && isCollection(current) && current.flow && isCollectionValue) {
    const sameKind = Array.isArray(value) === isSeq(current);
    return splice(text, current.range[0], valueEnd(text, current), flowValue(value, sameKind ? padded(text, current) : !Array.isArray(value)));
  }
  if (parent.flow) {
    if (hasText) return splice(text, (current as Node).range?.[0] ?? 0, valueEnd(text, current as Node), flowValue(value, padded(text, parent), current));
    const keyEnd = elementEnd(text, parent, index);
    return splice(text, keyEnd, keyEnd, `: ${flowValue(value, padded(text, parent))}`);
  }
  const indent = columnOf(text, elementStart(text, parent, index));
  if (isSeq(parent)) {
    if (!hasText) throw new YamlEditError(`“${where([key])}”是空的列表项，请在 YAML 中填写`);
    return splice(text, (current as Node).range?.[0] ?? 0, valueEnd(text, current as Node), blockValueAfterDash(value, indent, current));
  }
  const pair = parent.items[index];
  const keyEnd = (pair?.key as Node).range?.[1] ?? 0;
  const rendered = blockValueAfterKey(value, indent, current);
  // A block collection replaced by another keeps what stands between the key and it (a comment on the key's line).
  if (hasText && isCollection(current) && !current.flow && rendered.startsWith('\n')) {
    return splice(text, current.range[0], valueEnd(text, current), rendered.replace(/^\n */, ''));
  }
  const colon = text.indexOf(':', keyEnd);
  return splice(text, keyEnd, hasText ? valueEnd(text, current as Node) : colon + 1, `:${rendered}`);
}

/** Adds `key: value` to a map, after its last pair. */
function insertPair(text: string, map: YAMLMap.Parsed, key: string | number, value: unknown): string {
  if (map.flow) {
    const pad = padded(text, map);
    if (map.items.length === 0) {
      return splice(text, map.range[0] + 1, closingBracket(text, map), pad ? ` ${flowPair(key, value, pad)} ` : flowPair(key, value, pad));
    }
    const end = elementEnd(text, map, map.items.length - 1);
    return splice(text, end, end, `, ${flowPair(key, value, pad)}`);
  }
  const indent = columnOf(text, elementStart(text, map, 0));
  return insertLine(text, elementEnd(text, map, map.items.length - 1), ' '.repeat(indent) + blockPair(key, value, indent));
}

/** Adds an item at the end of a list. */
function appendItem(text: string, seq: YAMLSeq.Parsed, value: unknown): string {
  if (seq.flow) {
    const pad = padded(text, seq);
    if (seq.items.length === 0) return splice(text, seq.range[0] + 1, closingBracket(text, seq), flowValue(value, pad));
    const end = elementEnd(text, seq, seq.items.length - 1);
    return splice(text, end, end, `, ${flowValue(value, pad)}`);
  }
  const indent = columnOf(text, elementStart(text, seq, 0));
  return insertLine(text, elementEnd(text, seq, seq.items.length - 1), `${' '.repeat(indent)}- ${blockValueAfterDash(value, indent)}`);
}

/** Inserts `line` (possibly several lines) after the line holding `offset`. */
function insertLine(text: string, offset: number, line: string): string {
  const next = nextLineStart(text, offset);
  if (next === text.length && !text.endsWith('\n')) return `${text}\n${line}`;
  return splice(text, next, next, `${line}\n`);
}

/** Sets the value at `path`, creating the maps (and a first list item) on the way; `undefined` deletes it. */
export function setIn(text: string, path: DocumentPath, value: unknown): string {
  if (value === undefined) return deleteIn(text, path);
  if (path.length === 0) throw new YamlEditError('不能用表单替换整个文档，请在 YAML 中编辑');
  return setInPlace(withoutSharedNodes(text, path, false, setInPlace), path, value);
}

/** setIn on a text where nothing on the path is shared through an alias. */
function setInPlace(text: string, path: DocumentPath, value: unknown): string {
  const { doc } = parseForEdit(text);
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return `${text.trimEnd() ? `${text.trimEnd()}\n` : ''}${blockPair(path[0] as string, nest(path.slice(1), value, path), 0)}\n`;
  }
  let container: ParsedNode | null = doc.contents;
  for (let depth = 0; depth < path.length; depth += 1) {
    const key = path[depth] as string | number;
    const child = childOf(container, key);
    const last = depth === path.length - 1;
    if (child !== undefined && !last && (child === null || (isScalar(child) && child.value === null))) {
      // `key:` with nothing yet: the rest of the path becomes its value.
      return replaceValue(text, container as Collection, key, nest(path.slice(depth + 1), value, path));
    }
    if (child !== undefined && last) return replaceValue(text, container as Collection, key, value);
    if (child === undefined) {
      const rest = nest(path.slice(depth + 1), value, path);
      if (isMap(container)) return insertPair(text, container, key, rest);
      if (isSeq(container) && key === container.items.length) return appendItem(text, container, rest);
      if (isSeq(container)) throw new YamlEditError(`“${where(path.slice(0, depth))}”只有 ${container.items.length} 项，不能设置第 ${Number(key) + 1} 项`);
      throw new YamlEditError(`“${where(path.slice(0, depth))}”不是映射或列表，不能在其下设置“${key}”`);
    }
    if (!isCollection(child)) throw new YamlEditError(`“${where(path.slice(0, depth + 1))}”是一个值，不能在其下设置“${path[depth + 1]}”`);
    container = child;
  }
  return text;
}

/** Removes the element at `path` (a map's pair or a list's item) with the comment lines written above it. */
export function deleteIn(text: string, path: DocumentPath): string {
  if (path.length === 0) throw new YamlEditError('不能用表单删除整个文档');
  text = withoutSharedNodes(text, path, false, setInPlace);
  const { doc } = parseForEdit(text);
  const parent = nodeAt(doc, path.slice(0, -1));
  const key = path[path.length - 1] as string | number;
  if (!isCollection(parent) || childOf(parent, key) === undefined) return text;
  const index = isMap(parent) ? parent.items.findIndex((pair) => isPair(pair) && pair === pairOf(parent, key)) : (key as number);
  const count = parent.items.length;
  if (parent.flow) {
    if (count === 1) return splice(text, parent.range[0] + 1, closingBracket(text, parent), '');
    if (index < count - 1) return splice(text, elementStart(text, parent, index), elementStart(text, parent, index + 1), '');
    return splice(text, elementEnd(text, parent, index - 1), elementEnd(text, parent, index), '');
  }
  if (count === 1) {
    // The last element goes: the collection stays, empty, so the key and its meaning remain.
    if (path.length === 1) return '';
    const grandParent = nodeAt(doc, path.slice(0, -2)) as Collection;
    return replaceValue(text, grandParent, path[path.length - 2] as string | number, isMap(parent) ? {} : []);
  }
  const start = elementStart(text, parent, index);
  if (!startsLine(text, start)) {
    // The first pair of a map written after a list dash (`- id: x`): the next pair moves up onto the dash's line.
    return splice(text, start, elementStart(text, parent, index + 1), '');
  }
  const [from, to] = elementLines(text, parent, index);
  return splice(text, from, to, '');
}

/** Appends `value` to the list at `path`, creating the list when absent. */
export function appendIn(text: string, path: DocumentPath, value: unknown): string {
  text = withoutSharedNodes(text, path, true, setInPlace);
  const { doc } = parseForEdit(text);
  const list = nodeAt(doc, path);
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) return setInPlace(text, path, [value]);
  if (!isSeq(list)) throw new YamlEditError(`“${where(path)}”不是列表，不能添加项`);
  return appendItem(text, list, value);
}

/** Moves item `from` of the list at `path` to index `to`, with its comments; the other items keep their text. */
export function moveIn(text: string, path: DocumentPath, from: number, to: number): string {
  text = withoutSharedNodes(text, path, true, setInPlace);
  const { doc } = parseForEdit(text);
  const list = nodeAt(doc, path);
  if (!isSeq(list)) throw new YamlEditError(`“${where(path)}”不是列表，不能调整顺序`);
  const count = list.items.length;
  if (![from, to].every((index) => Number.isInteger(index) && index >= 0 && index < count)) {
    throw new YamlEditError(`“${where(path)}”只有 ${count} 项，不能把第 ${from + 1} 项移到第 ${to + 1} 项`);
  }
  if (from === to) return text;
  const reorder = <T>(items: T[]): T[] => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved as T);
    return next;
  };
  const indexes = list.items.map((_, index) => index);
  if (list.flow) {
    const pieces = indexes.map((index) => text.slice(elementStart(text, list, index), elementEnd(text, list, index)));
    const moved = reorder(pieces);
    // Back to front, so the offsets of the items not yet replaced stay valid.
    return indexes.reduceRight((result, index) => splice(result, elementStart(text, list, index), elementEnd(text, list, index), moved[index] as string), text);
  }
  if (!indexes.every((index) => startsLine(text, elementStart(text, list, index)))) {
    throw new YamlEditError(`“${where(path)}”的写法不便自动调整顺序，请在 YAML 中移动`);
  }
  const starts = indexes.map((index) => (index === 0 ? elementLines(text, list, index)[0] : elementLines(text, list, index, true)[0]));
  const end = elementLines(text, list, count - 1)[1];
  const chunks = indexes.map((index) => text.slice(starts[index], index < count - 1 ? starts[index + 1] : end));
  const lastLacksBreak = !chunks[count - 1]?.endsWith('\n');
  if (lastLacksBreak) chunks[count - 1] += '\n';
  let joined = reorder(chunks).join('');
  if (lastLacksBreak) joined = joined.slice(0, -1);
  return text.slice(0, starts[0]) + joined + text.slice(end);
}
