import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';

export type YamlPath = ReadonlyArray<string | number>;
export type YamlScalarValue = string | number | boolean | null;

/** One change of a document's data: a scalar set (replaced or added, with any maps on its way) or a map key removed. */
export type YamlEdit = { kind: 'set'; path: YamlPath; value: YamlScalarValue } | { kind: 'delete'; path: YamlPath };

/**
 * The edits that turn `before` into `after` when each is one the text can take in place: a scalar changed, a
 * scalar added (with the maps that hold it) or a key with a scalar removed. Null when anything else changed (a
 * list grew or shrank, a map replaced a scalar, a key holding a structure went): the caller rewrites otherwise.
 */
export function scalarEdits(before: unknown, after: unknown, path: YamlPath = []): YamlEdit[] | null {
  if (isScalarValue(after)) {
    if (!isScalarValue(before)) return before === undefined && path.length > 0 ? [{ kind: 'set', path, value: after }] : null;
    return before === after ? [] : [{ kind: 'set', path, value: after }];
  }
  if (Array.isArray(after)) {
    if (!Array.isArray(before) || before.length !== after.length) return null;
    return collect(after.map((item, index) => scalarEdits(before[index], item, [...path, index])));
  }
  if (isRecord(after)) {
    const old = before === undefined && path.length > 0 ? {} : before;
    if (!isRecord(old)) return null;
    const removed = Object.keys(old).filter((key) => !(key in after));
    if (removed.some((key) => !isScalarValue(old[key]))) return null;
    const edits = collect(Object.entries(after).map(([key, value]) => scalarEdits(old[key], value, [...path, key])));
    return edits && [...edits, ...removed.map((key): YamlEdit => ({ kind: 'delete', path: [...path, key] }))];
  }
  return null;
}

/**
 * Applies the edits to the YAML text by splicing it, so everything else — comments, quoting, flow or block style,
 * blank lines — stays byte for byte. A new key goes after the key that precedes it in `target` (the data the
 * edits lead to), so `from` comes before `to`. Null when an edit has no place to go in this text.
 */
export function applyYamlEdits(text: string, edits: ReadonlyArray<YamlEdit>, target?: unknown): string | null {
  let current = text;
  for (const edit of edits) {
    const next = applyOne(current, edit, target);
    if (next === null) return null;
    current = next;
  }
  return current;
}

function applyOne(text: string, edit: YamlEdit, target: unknown): string | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0 || edit.path.length === 0) return null;
  // The deepest part of the path the text already has.
  let depth = edit.path.length;
  while (depth > 0 && !doc.hasIn(edit.path.slice(0, depth))) depth--;
  const holder = doc.getIn(edit.path.slice(0, depth === edit.path.length ? depth - 1 : depth), true) as Node | undefined;
  if (!holder?.range) return null;

  if (edit.kind === 'delete') {
    if (depth < edit.path.length) return text;
    return deletePair(text, holder, edit.path.at(-1)!);
  }
  if (depth === edit.path.length) {
    const node = doc.getIn(edit.path, true) as Node | undefined;
    if (!isScalar(node) || !node.range) return null;
    return splice(text, node.range[0], node.range[1], scalarText(edit.value, node.type, isFlow(holder)));
  }
  const missing = edit.path.slice(depth);
  if (!isMap(holder) || missing.some((part) => typeof part !== 'string')) return null;
  return insertPair(text, lineCounter, holder, missing as string[], edit.value, keyOrder(target, edit.path.slice(0, depth)));
}

/** Inserts `keys[0]: …` (nested maps for the rest, the value at the end) into a map, after its preceding key. */
function insertPair(text: string, lineCounter: LineCounter, map: YAMLMap, keys: string[], value: YamlScalarValue, order: string[]): string | null {
  const [first] = keys;
  if (first === undefined || !map.range) return null;
  const style = typeof value === 'string' && /^\d/.test(value) ? Scalar.QUOTE_DOUBLE : Scalar.PLAIN; // dates, codes, amounts quoted as in the files
  const leaf = scalarText(value, style, map.flow === true || keys.length > 1);
  const previous = precedingPair(text, map, order.slice(0, Math.max(0, order.indexOf(first))));
  if (map.flow) {
    const entry = keys.reduceRight((inner, key, index) => (index === keys.length - 1 ? `${key}: ${inner}` : `${key}: { ${inner} }`), leaf);
    if (previous) return splice(text, previous.end, previous.end, `, ${entry}`);
    const open = map.range[0];
    if (text[open] !== '{') return null;
    return splice(text, open + 1, open + 1, map.items.length > 0 ? ` ${entry},` : ` ${entry} `);
  }
  const lines = keys.map((key, index) => `${'  '.repeat(index)}${key}:${index === keys.length - 1 ? ` ${leaf}` : ''}`);
  if (previous) {
    if (previous.lineStart === null) return null;
    const newline = text.indexOf('\n', previous.end - 1);
    if (newline === -1) return null;
    const indent = ' '.repeat(previous.keyStart - previous.lineStart);
    return splice(text, newline + 1, newline + 1, lines.map((line) => `${indent}${line}\n`).join(''));
  }
  // First in its map: before the first key, at that key's column (inside a `- ` item too).
  const start = map.range[0];
  const indent = ' '.repeat(lineCounter.linePos(start).col - 1);
  return splice(text, start, start, `${lines.map((line, index) => (index === 0 ? line : `${indent}${line}`)).join('\n')}\n${indent}`);
}

/** Removes a key of a block map with its lines (a trailing comment goes with it). */
function deletePair(text: string, holder: Node, key: string | number): string | null {
  if (!isMap(holder) || holder.flow) return null;
  const place = pairPlace(text, holder.items.find((item) => isScalar(item.key) && item.key.value === key));
  // Only a key that starts its line can go with its lines; `- key: v` (a list item's first key) cannot.
  if (!place || place.lineStart === null) return null;
  const newline = text.indexOf('\n', place.end - 1);
  return splice(text, place.lineStart, newline === -1 ? text.length : newline + 1, '');
}

interface PairPlace {
  keyStart: number;
  /** Where the key's line starts when the key is the first thing on it, else null. */
  lineStart: number | null;
  /** Where the value ends. */
  end: number;
}

function pairPlace(text: string, pair: Pair | undefined): PairPlace | undefined {
  const key = pair?.key as Node | undefined;
  const value = pair?.value as Node | null | undefined;
  if (!key?.range || !value?.range) return undefined;
  const lineStart = text.lastIndexOf('\n', key.range[0] - 1) + 1;
  return { keyStart: key.range[0], lineStart: text.slice(lineStart, key.range[0]).trim() === '' ? lineStart : null, end: Math.max(value.range[1], key.range[1]) };
}

/** Where the last of `candidates` (keys that come before the new one) is that the map has. */
function precedingPair(text: string, map: YAMLMap, candidates: string[]): PairPlace | undefined {
  for (const key of [...candidates].reverse()) {
    const place = pairPlace(text, map.items.find((item) => isScalar(item.key) && item.key.value === key));
    if (place) return place;
  }
  return undefined;
}

/** The keys of the map at `path` in the target data, in their order. */
function keyOrder(target: unknown, path: YamlPath): string[] {
  let node = target;
  for (const part of path) node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[part] : undefined;
  return isRecord(node) ? Object.keys(node) : [];
}

/**
 * A scalar as YAML text on one line, in the given style where that style can carry it, else double-quoted: a
 * block scalar, text with a line break, and in a flow collection text with its indicators.
 */
function scalarText(value: YamlScalarValue, style: Scalar['type'], inFlow: boolean): string {
  const scalar = new Scalar(value);
  if (typeof value === 'string') {
    const oneLine = style === Scalar.QUOTE_DOUBLE || style === Scalar.QUOTE_SINGLE || style === Scalar.PLAIN;
    const unsafe = value.includes('\n') || (inFlow && style === Scalar.PLAIN && /[,[\]{}#:]/.test(value));
    scalar.type = oneLine && !unsafe ? style : Scalar.QUOTE_DOUBLE;
  }
  // A plain string the schema would read as something else (a number, true …) is quoted by the stringifier.
  return new Document(scalar).toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/** Whether the node's scalars sit inside a flow collection (`{ … }`, `[ … ]`), where `,` and `:` end a plain scalar. */
function isFlow(node: Node): boolean {
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function collect(parts: ReadonlyArray<YamlEdit[] | null>): YamlEdit[] | null {
  const edits: YamlEdit[] = [];
  for (const part of parts) {
    if (part === null) return null;
    edits.push(...part);
  }
  return edits;
}

function isScalarValue(value: unknown): value is YamlScalarValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
