import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node, type ParsedNode } from 'yaml';
import type { DocumentPath } from '../studio-draft.context';
import { childOf, parseForEdit } from './yaml-nodes';

/*
 * YAML anchors and aliases (`when: &midyear …` then `when: *midyear`) let an author write one thing once for several
 * elements. A form edits one element: editing through an alias, or inside an anchored node others alias, would
 * change every element that shares it. So before such an edit the aliases concerned are written out as copies of
 * what they stand for; the edit then changes exactly the element the form shows, as it would on plain data.
 */

function aliasPaths(doc: Document.Parsed, anchor: string): DocumentPath[] {
  const found: DocumentPath[] = [];
  const walk = (node: unknown, path: Array<string | number>) => {
    if (isAlias(node)) {
      if (node.source === anchor) found.push(path);
    } else if (isMap(node)) {
      for (const pair of node.items) if (isPair(pair) && isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
  };
  walk(doc.contents, []);
  return found;
}

/**
 * The first alias to write out before editing at `path`: one on the way to it (or at it, with `aliasAtEnd`: the
 * edit goes inside), or a use of an anchor on the way (including the element itself, which the edit changes).
 */
function aliasToExpand(doc: Document.Parsed, path: DocumentPath, aliasAtEnd: boolean): { path: DocumentPath; value: unknown } | null {
  let node: ParsedNode | null | undefined = doc.contents;
  for (let index = 0; index <= path.length && node; index += 1) {
    if (isAlias(node)) {
      if (index === path.length && !aliasAtEnd) return null;
      return { path: path.slice(0, index), value: (node as Alias).resolve(doc)?.toJS(doc) ?? null };
    }
    const anchor = (node as Node).anchor;
    const use = anchor ? aliasPaths(doc, anchor)[0] : undefined;
    if (use) return { path: use, value: (node as Node).toJS(doc) };
    if (index < path.length) node = childOf(node, path[index] as string | number);
  }
  return null;
}

/**
 * The text with no alias on the way to `path` (nor at it, with `aliasAtEnd`) and none of the anchors on the way used
 * elsewhere. `replace` writes a value at a path as it is (the plain setIn, given here to avoid an import cycle).
 */
export function withoutSharedNodes(
  text: string,
  path: DocumentPath,
  aliasAtEnd: boolean,
  replace: (text: string, path: DocumentPath, value: unknown) => string,
): string {
  let current = text;
  // Each round writes out one alias; a document has few, and a bound guards against a loop.
  for (let round = 0; round < 100; round += 1) {
    const next = aliasToExpand(parseForEdit(current).doc, path, aliasAtEnd);
    if (!next) return current;
    current = replace(current, next.path, next.value);
  }
  return current;
}
