import { isConditionName } from '@banfa/policy-model';
import { createNode, KIND_LABEL, kindOf, orderKeys, PALETTE, type DesignKind, type SchemaNode } from './design-kinds';
import {
  accepts,
  childMap,
  columnCell,
  dataKeysOf,
  findNode,
  isWithin,
  orderedEntries,
  samePath,
  schemaAt,
  scopeKeys,
  type DesignNode,
  type NodePath,
} from './design-tree';

/**
 * The designer's edits, as pure functions from a schema to the next one. Only the containers along the edited path
 * are copied (the rest is shared), so the preview can tell what changed by identity. A container whose children
 * were added, removed or moved has them renumbered (x-index 0, 1, …) in their new order.
 */
export type OpResult = { ok: true; schema: SchemaNode; path: string[] } | { ok: false; message: string };

/** A node as it travels between containers: a plain field with its title (a table turns it into a column). */
interface Portable {
  key: string;
  kind: DesignKind | 'unknown';
  field: SchemaNode;
}

const fail = (message: string): OpResult => ({ ok: false, message });

/** Rebuilds the nodes along `path`, letting `change` produce the new node at its end. */
function updateSchemaAt(schema: SchemaNode, path: NodePath, change: (node: SchemaNode) => SchemaNode): SchemaNode {
  if (path.length === 0) return change(schema);
  const [slot, ...rest] = path as [string, ...string[]];
  const map = childMap(schema) ?? {};
  const child = map[slot];
  if (!child) return schema;
  return withMap(schema, { ...map, [slot]: updateSchemaAt(child, rest, change) });
}

/** A container with a new map of children (a table's row columns, or properties). */
function withMap(node: SchemaNode, map: Record<string, SchemaNode>): SchemaNode {
  if (kindOf(node) === 'table') return { ...node, items: { ...((node['items'] as SchemaNode | undefined) ?? { type: 'object' }), properties: map } };
  return { ...node, properties: map };
}

/** Writes a container's entries in order, numbering them; nodes whose number does not change keep their identity. */
function renumbered(entries: Array<[string, SchemaNode]>): Record<string, SchemaNode> {
  return Object.fromEntries(entries.map(([slot, node], index) => [slot, node['x-index'] === index ? node : { ...node, 'x-index': index }]));
}

/** Hidden entries (a table's 序号 column) stay first; `visible` are the entries the tree shows, in their new order. */
function rewriteChildren(schema: SchemaNode, parent: NodePath, edit: (visible: Array<[string, SchemaNode]>) => Array<[string, SchemaNode]>): SchemaNode {
  return updateSchemaAt(schema, parent, (container) => {
    const entries = orderedEntries(childMap(container));
    const inTable = kindOf(container) === 'table';
    const hidden = inTable ? entries.filter(([, column]) => !columnCell(column)) : [];
    const visible = inTable ? entries.filter(([, column]) => columnCell(column)) : entries;
    return withMap(container, renumbered([...hidden, ...edit(visible)]));
  });
}

/** The slot a portable node takes in a container, and the node written there. */
function placed(schema: SchemaNode, parent: NodePath, node: Portable): [string, SchemaNode] {
  const container = schemaAt(schema, parent);
  if (container && kindOf(container) === 'table') {
    const { title, ...cell } = node.field;
    const column: SchemaNode = {
      type: 'void',
      'x-component': 'ArrayTable.Column',
      'x-component-props': { title: typeof title === 'string' ? title : node.key },
      properties: { [node.key]: cell },
    };
    return [`c_${node.key}`, column];
  }
  return [node.key, node.field];
}

function portable(node: DesignNode): Portable {
  if (!node.column) return { key: node.key, kind: node.kind, field: node.field };
  return { key: node.key, kind: node.kind, field: orderKeys({ ...node.field, title: node.title }) };
}

function checkKeys(schema: SchemaNode, parent: NodePath, keys: string[], ignore: NodePath | null): string | undefined {
  const taken = scopeKeys(schema, parent);
  const clash = keys.find((key) => {
    const at = taken.get(key);
    return at !== undefined && !(ignore && isWithin(at, ignore));
  });
  return clash ? `同一层级已有字段名“${clash}”，请先给其中一个改名` : undefined;
}

/** A key for a new node: the palette's base, numbered on until no field of the scope has it. */
export function freshKey(schema: SchemaNode, parent: NodePath, base: string): string {
  const taken = scopeKeys(schema, parent);
  const map = childMap(schemaAt(schema, parent) ?? {}) ?? {};
  for (let n = 1; ; n++) {
    const key = `${base}${n}`;
    if (!taken.has(key) && !(key in map) && !(`c_${key}` in map)) return key;
  }
}

/** Adds a new node of a kind into `parent` at `index` (at the end when omitted). */
export function insertNew(schema: SchemaNode, parent: NodePath, kind: DesignKind, index?: number): OpResult {
  const item = PALETTE.find((entry) => entry.kind === kind);
  if (!item) return fail(`未知的组件“${kind}”`);
  const key = freshKey(schema, parent, item.keyBase);
  return insertNode(schema, parent, { key, kind, field: createNode(kind, item.label) }, index);
}

function insertNode(schema: SchemaNode, parent: NodePath, node: Portable, index?: number): OpResult {
  const container = schemaAt(schema, parent);
  if (!container) return fail('找不到要放入的位置');
  if (!accepts(schema, parent, node.kind)) return fail(`${KIND_LABEL[node.kind as DesignKind] ?? '此项'}不能放在这里：并排字段组和表格里只能放字段`);
  const [slot, written] = placed(schema, parent, node);
  const next = rewriteChildren(schema, parent, (visible) => {
    const at = index === undefined ? visible.length : Math.max(0, Math.min(index, visible.length));
    return [...visible.slice(0, at), [slot, written], ...visible.slice(at)];
  });
  return { ok: true, schema: next, path: [...parent, slot] };
}

export function removeNode(schema: SchemaNode, path: NodePath): SchemaNode {
  if (path.length === 0) return schema;
  const slot = path[path.length - 1];
  return rewriteChildren(schema, path.slice(0, -1), (visible) => visible.filter(([key]) => key !== slot));
}

/**
 * Moves a node into `parent`, before the node now at `index` there (the end when omitted). Into a table a field
 * becomes a column; out of one a column becomes a field with the column's title.
 */
export function moveNode(schema: SchemaNode, from: NodePath, parent: NodePath, index?: number): OpResult {
  const node = findNode(schema, from);
  if (!node) return fail('找不到要移动的项');
  if (isWithin(parent, from)) return fail('不能把一项移到它自己里面');
  if (!accepts(schema, parent, node.kind)) return fail(`${KIND_LABEL[node.kind as DesignKind] ?? '此项'}不能放在这里：并排字段组和表格里只能放字段`);
  const clash = checkKeys(schema, parent, dataKeysOf(node), from);
  if (clash) return fail(clash);
  const sourceParent = from.slice(0, -1);
  const [slot] = placed(schema, parent, portable(node));
  if (!samePath(sourceParent, parent) && slot in (childMap(schemaAt(schema, parent) ?? {}) ?? {})) return fail(`此处已有名为“${slot}”的项，请先改名`);
  let target = index;
  if (samePath(sourceParent, parent) && target !== undefined) {
    const position = orderedVisible(schema, parent).indexOf(node.slot);
    if (position >= 0 && position < target) target -= 1;
  }
  const removed = removeNode(schema, from);
  return insertNode(removed, parent, portable(node), target);
}

function orderedVisible(schema: SchemaNode, parent: NodePath): string[] {
  const container = schemaAt(schema, parent);
  if (!container) return [];
  const entries = orderedEntries(childMap(container));
  return (kindOf(container) === 'table' ? entries.filter(([, column]) => columnCell(column)) : entries).map(([slot]) => slot);
}

/** Changes a node's field (and, for a column, the column: its title lives there). */
export function updateNode(
  schema: SchemaNode,
  path: NodePath,
  change: (field: SchemaNode) => SchemaNode,
  columnChange?: (column: SchemaNode) => SchemaNode,
): SchemaNode {
  const parent = schemaAt(schema, path.slice(0, -1));
  if (!parent) return schema;
  if (kindOf(parent) !== 'table') return updateSchemaAt(schema, path, (node) => orderKeys(change(node)));
  return updateSchemaAt(schema, path, (column) => {
    const cell = columnCell(column);
    const next = columnChange ? columnChange(column) : column;
    if (!cell) return next;
    const [key, field] = cell;
    const changed = orderKeys(change(field));
    return changed === field ? next : { ...next, properties: { ...((next['properties'] as Record<string, SchemaNode>) ?? {}), [key]: changed } };
  });
}

/** Sets a node's title: the field's own, or its column's. */
export function setTitle(schema: SchemaNode, path: NodePath, title: string): SchemaNode {
  const node = findNode(schema, path);
  if (!node) return schema;
  if (node.column) {
    return updateNode(schema, path, (field) => field, (column) => ({ ...column, 'x-component-props': { ...((column['x-component-props'] as SchemaNode) ?? {}), title } }));
  }
  return updateNode(schema, path, (field) => ({ ...field, title }));
}

export function keyProblem(key: string): string | undefined {
  if (key === '') return '请填写字段名';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return '字段名只能由英文字母、数字和下划线组成，以字母或下划线开头（数据和条件中用它称呼此字段）';
  return undefined;
}

/** A valid key that conditions still cannot read (a CEL reserved word, like 附表2's `function`). */
export function keyNote(key: string): string | undefined {
  return keyProblem(key) === undefined && !isConditionName(key) ? `“${key}”是 CEL 的保留字：可以作字段名，但条件中无法引用此字段` : undefined;
}

/** Renames a node's key (its value's property name); a column's key follows (c_<field>). */
export function renameNode(schema: SchemaNode, path: NodePath, key: string): OpResult {
  const node = findNode(schema, path);
  if (!node) return fail('找不到要改名的项');
  if (key === node.key) return { ok: true, schema, path: [...path] };
  const problem = keyProblem(key);
  if (problem) return fail(problem);
  const parent = path.slice(0, -1);
  const isData = dataKeysOf(node).includes(node.key);
  const clash = isData ? checkKeys(schema, parent, [key], path) : key in (childMap(schemaAt(schema, parent) ?? {}) ?? {}) ? `此处已有名为“${key}”的项` : undefined;
  if (clash) return fail(clash);
  if (node.column) {
    const slot = node.slot === `c_${node.key}` && !(`c_${key}` in (childMap(schemaAt(schema, parent) ?? {}) ?? {})) ? `c_${key}` : node.slot;
    const column: SchemaNode = { ...node.column, properties: renameKey((node.column['properties'] as Record<string, SchemaNode>) ?? {}, node.key, key) };
    const next = updateSchemaAt(schema, parent, (container) => withMap(container, renameKey({ ...(childMap(container) ?? {}), [node.slot]: column }, node.slot, slot)));
    return { ok: true, schema: next, path: [...parent, slot] };
  }
  const next = updateSchemaAt(schema, parent, (container) => withMap(container, renameKey(childMap(container) ?? {}, node.slot, key)));
  return { ok: true, schema: next, path: [...parent, key] };
}

/** A map with one key renamed in place (the others keep their position). */
function renameKey(map: Record<string, SchemaNode>, from: string, to: string): Record<string, SchemaNode> {
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [key === from ? to : key, value]));
}
