import { isCollection, isScalar, isSeq, parse, parseDocument, type Document } from 'yaml';
import type { DocumentPath } from '../../studio-draft.context';

/**
 * YAML edits for the fake draft the element editors are tested in. Replacing one scalar rewrites only that scalar's
 * characters (so a test can prove that everything else is untouched); structural edits go through the yaml
 * Document, which re-renders the whole text (layout may change, content does not). C1's store does the real thing.
 */
const RENDER = { lineWidth: 0, flowCollectionPadding: true } as const;

export function yamlSetIn(text: string, path: DocumentPath, value: unknown): string {
  if (value === undefined) return yamlDeleteIn(text, path);
  const doc = parseDocument(text);
  const node = doc.getIn(path, true);
  if (isScalar(node) && node.range && isPlainValue(value)) {
    const rendered = renderScalar(value, String(node.type ?? 'PLAIN'), inFlow(doc, path));
    if (rendered !== null) return text.slice(0, node.range[0]) + rendered + text.slice(node.range[1]);
  }
  doc.setIn(path, doc.createNode(value));
  return doc.toString(RENDER);
}

export function yamlDeleteIn(text: string, path: DocumentPath): string {
  const doc = parseDocument(text);
  if (!doc.hasIn(path)) return text;
  doc.deleteIn(path);
  return doc.toString(RENDER);
}

export function yamlAppendIn(text: string, path: DocumentPath, value: unknown): string {
  const doc = parseDocument(text);
  const list = doc.getIn(path, true);
  if (isSeq(list)) list.add(doc.createNode(value));
  else doc.setIn(path, doc.createNode([value]));
  return doc.toString(RENDER);
}

export function yamlMoveIn(text: string, path: DocumentPath, from: number, to: number): string {
  const doc = parseDocument(text);
  const list = doc.getIn(path, true);
  if (!isSeq(list)) return text;
  const items = list.items;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return text;
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item);
  return doc.toString(RENDER);
}

function isPlainValue(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function inFlow(doc: Document, path: DocumentPath): boolean {
  const parent = doc.getIn(path.slice(0, -1), true);
  return isCollection(parent) && parent.flow === true;
}

/** The scalar as it would be written in place of the old one, in the old one's style; null when that needs a re-render. */
function renderScalar(value: string | number | boolean, type: string, flow: boolean): string | null {
  if (typeof value !== 'string') return String(value);
  if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (type !== 'PLAIN') return null;
  const safe = value !== '' && value.trim() === value && !/[\n#]|: /.test(value) && !(flow && /[,[\]{}]/.test(value));
  return safe && parse(value) === value ? value : JSON.stringify(value);
}
