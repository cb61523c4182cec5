import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/**
 * Rewrites YAML text to hold `value` through the yaml Document API, node by node: what is unchanged keeps its
 * node (and so its comments, quoting and flow or block style), a list of elements with ids keeps each element's
 * node with its id wherever it moves, and only new parts are created. The text is stringified again, so spacing
 * inside flow collections is normalised; comments stay. Null when the text is not YAML.
 */
export function mergeIntoYaml(text: string, value: unknown): string | null {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return null;
  doc.contents = merged(doc, doc.contents as Node | null, value) as typeof doc.contents;
  // The policy files pad flow maps (`{ a: 1 }`); long text stays on its line.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

function merged(doc: Document, node: Node | null | undefined, value: unknown): Node {
  if (node && !isAlias(node)) {
    if (isScalar(node) && isScalarValue(value)) {
      if (node.value !== value) node.value = value;
      return node;
    }
    if (isMap(node) && isRecord(value)) {
      node.items = node.items.filter((pair) => isScalar(pair.key) && Object.hasOwn(value, String(pair.key.value)));
      for (const pair of node.items) pair.value = merged(doc, pair.value as Node, value[String((pair.key as { value: unknown }).value)]);
      const present = new Set(node.items.map((pair) => String((pair.key as { value: unknown }).value)));
      for (const [key, item] of Object.entries(value)) if (!present.has(key)) node.items.push(doc.createPair(key, item));
      return node;
    }
    if (isSeq(node) && Array.isArray(value)) {
      const byId = new Map(node.items.flatMap((item) => (isMap(item) && isScalar(item.get('id', true)) ? [[item.get('id'), item as Node] as const] : [])));
      const ids = value.map((item) => (isRecord(item) && typeof item['id'] === 'string' ? item['id'] : null));
      const ided = byId.size === node.items.length && ids.every((id) => id !== null) && new Set(ids).size === ids.length;
      node.items = value.map((item, index) => merged(doc, ided ? byId.get((item as { id: string }).id) : (node.items[index] as Node | undefined), item));
      return node;
    }
  }
  return doc.createNode(value);
}

function isScalarValue(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
