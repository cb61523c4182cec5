import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type ParsedNode, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DocumentPath } from '../studio-draft.context';

/** Why an edit of the YAML text could not be made, in words for the policy admin. */
export class YamlEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'YamlEditError';
  }
}

export type Collection = YAMLMap.Parsed | YAMLSeq.Parsed;

export interface ParsedText {
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

let last: ParsedText | null = null;

/**
 * The text as a yaml Document with source ranges. Edits come in bursts on one text (a form writes, then the pane
 * asks where the cursor is), so the last parse is kept.
 */
export function parseText(text: string): ParsedText {
  if (last?.text === text) return last;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  last = { text, doc, lines };
  return last;
}

/** The parsed text, or an error naming the first syntax problem: editing needs a text that parses. */
export function parseForEdit(text: string): ParsedText {
  const parsed = parseText(text);
  const error = parsed.doc.errors[0];
  if (error) {
    const where = error.linePos ? `第 ${error.linePos[0].line} 行第 ${error.linePos[0].col} 列` : '';
    throw new YamlEditError(`YAML 文本${where}有语法错误，请先在 YAML 中修正后再用表单修改`);
  }
  return parsed;
}

export const isCollection = (node: unknown): node is Collection => isMap(node) || isSeq(node);

/** The pair of `key` in a map, or undefined. Keys are compared as text: `"441623"` and 441623 are one key here. */
export function pairOf(map: YAMLMap.Parsed, key: string | number): Pair<ParsedNode, ParsedNode | null> | undefined {
  return map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key));
}

/** A child of a collection: the pair's value in a map, the item in a list. */
export function childOf(node: ParsedNode | null | undefined, key: string | number): ParsedNode | null | undefined {
  if (isMap(node)) return pairOf(node, key)?.value;
  if (isSeq(node) && typeof key === 'number') return node.items[key] as ParsedNode | undefined;
  return undefined;
}

/** The node at `path` (null for an empty value such as `key:`), undefined when the path does not exist. */
export function nodeAt(doc: Document.Parsed, path: DocumentPath): ParsedNode | null | undefined {
  let node: ParsedNode | null | undefined = doc.contents;
  for (const key of path) {
    node = childOf(node, key);
    if (node === undefined) return undefined;
  }
  return node;
}

/** Where a node's own text ends: block collections and scalars include their final line break in the range. */
export function valueEnd(text: string, node: Node): number {
  const range = node.range as [number, number, number];
  let end = range[1];
  while (end > range[0] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end -= 1;
  return end;
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the line break of the line holding `offset` (the text's end on the last line). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Whether only spaces precede `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === '';
}

/** The offset of a block list item's dash (`- `), searching back from the item's value. */
export function dashOf(text: string, item: Node): number {
  const start = (item.range as [number, number, number])[0];
  const dash = text.lastIndexOf('-', start - 1);
  return dash === -1 ? start : dash;
}

/** Where an element starts: a pair at its key, a block list item at its dash. */
export function elementStart(text: string, parent: Collection, index: number): number {
  const item = parent.items[index];
  if (isPair(item)) return (item.key as Node).range?.[0] ?? 0;
  return parent.flow ? ((item as Node).range?.[0] ?? 0) : dashOf(text, item as Node);
}

/** Where an element's text ends (its value, or its key when the value is empty), without the line break. */
export function elementEnd(text: string, parent: Collection, index: number): number {
  const item = parent.items[index];
  if (isPair(item)) {
    const value = item.value as Node | null;
    return value?.range && value.range[1] > value.range[0] ? valueEnd(text, value) : ((item.key as Node).range?.[1] ?? 0);
  }
  return valueEnd(text, item as Node);
}

/**
 * The lines a block element occupies, with the comment lines directly above it at its indentation: a comment
 * written over an element describes it, so it moves and goes with it; when moving, so does the blank line that
 * sets it apart. Returns [start, end) on line boundaries.
 */
export function elementLines(text: string, parent: Collection, index: number, withBlankLines = false): [number, number] {
  const start = elementStart(text, parent, index);
  const indent = columnOf(text, start);
  let from = lineStart(text, start);
  while (from > 0) {
    const previous = lineStart(text, from - 1);
    const line = text.slice(previous, from - 1);
    const comment = line.trimStart().startsWith('#') && line.length - line.trimStart().length === indent;
    if (!comment && !(withBlankLines && line.trim() === '')) break;
    from = previous;
  }
  return [from, nextLineStart(text, elementEnd(text, parent, index))];
}
