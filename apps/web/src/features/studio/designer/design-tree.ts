import { canHold, isContainerKind, kindOf, type ContainerKind, type DesignKind, type SchemaNode } from './design-kinds';

/**
 * The form as the designer's tree shows it, read from (and written back to) the Formily JSON Schema itself, which
 * stays the one source of truth. A node is addressed by its path of slots: the keys of the `properties` it sits in,
 * or, in a table, the keys of its row's columns.
 *
 * A table column is one node in the tree: in the schema it is an `ArrayTable.Column` (with the column's title)
 * holding the cell's field (without a title), as 附表2 and 附表3 are written; the 序号 column is the table's own.
 */
export type NodePath = ReadonlyArray<string>;

export interface DesignNode {
  /** The key in the container's map (for a column: the column's key, `c_<field>`). */
  slot: string;
  /** The field's property name: the key of its value in the form's data. */
  key: string;
  path: string[];
  kind: DesignKind | 'unknown';
  /** The field's schema (for a column: the cell's). */
  field: SchemaNode;
  /** For a table column: the column's schema. */
  column?: SchemaNode;
  title: string;
  children?: DesignNode[];
}

export function childMap(node: SchemaNode): Record<string, SchemaNode> | undefined {
  const owner = kindOf(node) === 'table' ? (node['items'] as SchemaNode | undefined) : node;
  const map = owner?.['properties'];
  return map && typeof map === 'object' && !Array.isArray(map) ? (map as Record<string, SchemaNode>) : undefined;
}

/** The map's entries in the form's order (x-index, then as written). */
export function orderedEntries(map: Record<string, SchemaNode> | undefined): Array<[string, SchemaNode]> {
  if (!map) return [];
  return Object.entries(map)
    .map((entry, position) => ({ entry, position, index: typeof entry[1]?.['x-index'] === 'number' ? (entry[1]['x-index'] as number) : position }))
    .sort((a, b) => a.index - b.index || a.position - b.position)
    .map(({ entry }) => entry);
}

/** The cell field of a table column; undefined for the 序号 column and anything else without data. */
export function columnCell(column: SchemaNode): [string, SchemaNode] | undefined {
  if (column['x-component'] !== 'ArrayTable.Column') return undefined;
  return orderedEntries(column['properties'] as Record<string, SchemaNode> | undefined).find(([, cell]) => cell['type'] !== 'void');
}

export function columnTitle(column: SchemaNode): string | undefined {
  const title = (column['x-component-props'] as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : undefined;
}

/** The nodes the tree shows below a container (a table: its columns, without 序号). */
export function designChildren(container: SchemaNode, path: NodePath): DesignNode[] {
  const inTable = kindOf(container) === 'table';
  const nodes: DesignNode[] = [];
  for (const [slot, child] of orderedEntries(childMap(container))) {
    if (inTable) {
      const cell = columnCell(child);
      if (!cell) continue;
      const [key, field] = cell;
      nodes.push({ slot, key, path: [...path, slot], kind: kindOf(field), field, column: child, title: columnTitle(child) ?? titleOf(field, key) });
      continue;
    }
    const kind = kindOf(child);
    const node: DesignNode = { slot, key: slot, path: [...path, slot], kind, field: child, title: titleOf(child, slot) };
    if (isContainerKind(kind)) node.children = designChildren(child, node.path);
    nodes.push(node);
  }
  return nodes;
}

function titleOf(node: SchemaNode, key: string): string {
  return typeof node['title'] === 'string' && node['title'] !== '' ? node['title'] : key;
}

/** The whole tree of a form. */
export function designTree(schema: SchemaNode): DesignNode[] {
  return designChildren(schema, []);
}

/** Finds a node by path. */
export function findNode(schema: SchemaNode, path: NodePath): DesignNode | undefined {
  let nodes = designTree(schema);
  let found: DesignNode | undefined;
  for (const slot of path) {
    found = nodes.find((node) => node.slot === slot);
    if (!found) return undefined;
    nodes = found.children ?? [];
  }
  return found;
}

/** The schema node at a path of slots (for a column: the column), the root for []. */
export function schemaAt(schema: SchemaNode, path: NodePath): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const slot of path) node = node ? childMap(node)?.[slot] : undefined;
  return node;
}

/** The path of schema keys of a node's field, as policy-model's form functions address it. */
export function schemaPathOf(schema: SchemaNode, path: NodePath): string[] {
  const keys: string[] = [];
  let node: SchemaNode | undefined = schema;
  for (const slot of path) {
    if (!node) break;
    const inTable: boolean = kindOf(node) === 'table';
    keys.push(...(inTable ? ['items', 'properties', slot] : ['properties', slot]));
    node = childMap(node)?.[slot];
    if (inTable && node) {
      const cell = columnCell(node);
      if (cell) keys.push('properties', cell[0]);
    }
  }
  return keys;
}

export function containerKind(schema: SchemaNode, path: NodePath): ContainerKind | 'root' | undefined {
  if (path.length === 0) return 'root';
  const node = schemaAt(schema, path);
  const kind = node ? kindOf(node) : 'unknown';
  return isContainerKind(kind) ? kind : undefined;
}

export function accepts(schema: SchemaNode, parent: NodePath, kind: DesignKind | 'unknown'): boolean {
  const container = containerKind(schema, parent);
  return container !== undefined && canHold(container, kind);
}

/**
 * The property names of the data that the children of `parent` share: the form's (through sections), an object
 * field's, or a table row's. Two fields of one scope may not have one name (their values would collide).
 */
export function scopeKeys(schema: SchemaNode, parent: NodePath): Map<string, string[]> {
  // The nearest enclosing group or table starts a scope of its own; sections do not.
  let scopePath: string[] = [];
  for (let length = parent.length; length > 0; length--) {
    const kind = containerKind(schema, parent.slice(0, length));
    if (kind === 'group' || kind === 'table') {
      scopePath = parent.slice(0, length);
      break;
    }
  }
  const keys = new Map<string, string[]>();
  const collect = (nodes: DesignNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'section' || (node.kind === 'unknown' && node.field['type'] === 'void')) collect(node.children ?? []);
      else keys.set(node.key, node.path);
    }
  };
  const scopeNode = schemaAt(schema, scopePath);
  if (scopeNode) collect(designChildren(scopeNode, scopePath));
  return keys;
}

/** The data keys a node brings into a scope: its own, or a section's fields. */
export function dataKeysOf(node: DesignNode): string[] {
  if (node.kind === 'section' || (node.kind === 'unknown' && node.field['type'] === 'void')) return (node.children ?? []).flatMap(dataKeysOf);
  return [node.key];
}

/** Whether `path` is `ancestor` or lies inside it. */
export function isWithin(path: NodePath, ancestor: NodePath): boolean {
  return ancestor.length <= path.length && ancestor.every((slot, index) => path[index] === slot);
}

export const pathId = (path: NodePath): string => path.join('/');
export const samePath = (a: NodePath | null | undefined, b: NodePath | null | undefined): boolean =>
  !!a && !!b && a.length === b.length && a.every((slot, index) => slot === b[index]);
