import { Document, isScalar, Scalar, visit, type Node, type ToStringOptions, type YAMLMap, type YAMLSeq } from 'yaml';

/** No folding of long lines: the quotes of an article run long, and folding would rewrite the author's lines. */
const OPTIONS: ToStringOptions = { lineWidth: 0, minContentWidth: 0 };

/** Dates stay quoted: YAML 1.1 tools (and some editors) would read an unquoted 2025-10-01 as a timestamp. */
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

function styleScalars(node: Node, flow: boolean): void {
  visit(node, {
    Scalar(_, scalar) {
      if (typeof scalar.value !== 'string') return;
      if (DATE_LIKE.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
      // Block scalars (|-) cannot stand inside a flow collection; outside, they keep the lines as typed.
      else if (scalar.value.includes('\n')) scalar.type = flow ? Scalar.QUOTE_DOUBLE : Scalar.BLOCK_LITERAL;
    },
  });
}

function newNode(value: unknown, flow: boolean, like?: Node | null): Node {
  const doc = new Document();
  const node = doc.createNode(value, { flow }) as Node;
  styleScalars(node, flow);
  // A replaced string keeps the quoting its author chose, when the new text allows it.
  if (isScalar(node) && isScalar(like) && typeof node.value === 'string' && typeof like.value === 'string') {
    const multiline = node.value.includes('\n');
    const block = like.type === Scalar.BLOCK_FOLDED || like.type === Scalar.BLOCK_LITERAL;
    if (node.type === undefined && !block && !multiline) node.type = like.type;
    else if (!flow && block && multiline) node.type = like.type;
  }
  return node;
}

function indentLines(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : pad + line))
    .join('\n');
}

/**
 * A value as it reads after `key:` in a block map whose keys sit at column `indent`: either ` value` on the key's
 * line, or a line break and a block indented under the key. No trailing line break.
 */
export function blockValueAfterKey(value: unknown, indent: number, like?: Node | null): string {
  const text = new Document({ __k: newNode(value, false, like) }).toString(OPTIONS).replace(/\n$/, '');
  return indentLines(text.slice('__k:'.length), indent);
}

/** A value as it reads after `- ` of a block list item whose dash sits at column `indent`. No trailing line break. */
export function blockValueAfterDash(value: unknown, indent: number, like?: Node | null): string {
  const text = new Document([newNode(value, false, like)]).toString(OPTIONS).replace(/\n$/, '');
  return indentLines(text.slice('- '.length), indent);
}

/** A `key: value` pair for a block map whose keys sit at column `indent` (the key quoted when it must be). */
export function blockPair(key: string | number, value: unknown, indent: number): string {
  const doc = new Document({});
  doc.set(key, newNode(value, false));
  return indentLines(doc.toString(OPTIONS).replace(/\n$/, ''), indent);
}

/** A value inside a flow collection (`{ a: 1 }`, `[x, y]`), on one line. */
export function flowValue(value: unknown, padded: boolean, like?: Node | null): string {
  const seq = new Document().createNode([]) as YAMLSeq;
  seq.flow = true;
  seq.items.push(newNode(value, true, like));
  const text = new Document(seq).toString({ ...OPTIONS, flowCollectionPadding: padded }).replace(/\n$/, '');
  return padded ? text.slice(2, -2) : text.slice(1, -1);
}

/** A `key: value` pair inside a flow map. */
export function flowPair(key: string | number, value: unknown, padded: boolean): string {
  const doc = new Document({});
  (doc.contents as YAMLMap).flow = true;
  doc.set(key, newNode(value, true));
  const text = doc.toString({ ...OPTIONS, flowCollectionPadding: padded }).replace(/\n$/, '');
  return padded ? text.slice(2, -2) : text.slice(1, -1);
}
