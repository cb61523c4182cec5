/**
 * How a Formily JSON Schema is seen by form conditions (x-visible-when / x-required-when): which data fields
 * surround a node, under which names, and what CEL type each one has. Pure; shared by the server's validation and
 * the browser's reactions so that both read a condition the same way.
 *
 * Scopes are lexical. The form's values are an object; every object field (a MoneyGroup's 分年度安排) and every row
 * of an array table is an object of its own. A condition sees the data fields of the objects that enclose it, the
 * innermost first (a cell of a row sees the row's other cells, then the form's fields); void nodes (sections,
 * columns) add no level. It never sees the field it sits on, what that field contains or what contains it: a field
 * hidden by its own value would clear that value and flicker.
 */
export type SchemaNode = Record<string, unknown>;

/** What kind of value a field keeps, as conditions read it. */
export type FieldValueKind = 'money' | 'number' | 'boolean' | 'string' | 'list' | 'rows' | 'object';

/** A data field of a scope level: its property name, its node and its path of schema keys from the root. */
export interface DataField {
  name: string;
  node: SchemaNode;
  schemaPath: string[];
}

/** An object whose data fields form one level of scope: the form itself, an object field, or an array's row. */
export interface ScopeLevel {
  /** Data path of the object from the form's root; '*' stands for a row index. */
  pattern: string[];
  /** The node whose properties (through void nodes) are the level's fields: the root, an object, an array's items. */
  container: SchemaNode;
  schemaPath: string[];
}

export const CONDITION_KEYS = ['x-visible-when', 'x-required-when'] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

/** CEL's reserved words cannot name a variable (https://github.com/google/cel-spec/blob/master/doc/langdef.md). */
const RESERVED = new Set(
  'true false null in as break const continue else for function if import let loop package namespace return var void while'.split(' '),
);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether a property name can be read by a condition (a CEL identifier that is not a reserved word). */
export function isConditionName(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED.has(name);
}

/** A node's properties in the order the form shows them (x-index, then as written). */
export function orderedProperties(node: SchemaNode): Array<[string, SchemaNode]> {
  const properties = node['properties'];
  if (!properties || typeof properties !== 'object') return [];
  const entries = Object.entries(properties as Record<string, SchemaNode>).filter(([, child]) => child && typeof child === 'object');
  return entries
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => indexOf(a.entry[1], a.position) - indexOf(b.entry[1], b.position) || a.position - b.position)
    .map(({ entry }) => entry);
}

function indexOf(node: SchemaNode, position: number): number {
  return typeof node['x-index'] === 'number' ? node['x-index'] : position;
}

/** The data fields of a level's container, looking through void nodes. */
export function dataFields(container: SchemaNode, containerPath: string[]): DataField[] {
  const fields: DataField[] = [];
  const visit = (node: SchemaNode, path: string[]) => {
    for (const [name, child] of orderedProperties(node)) {
      const childPath = [...path, 'properties', name];
      if (child['type'] === 'void') visit(child, childPath);
      else fields.push({ name, node: child, schemaPath: childPath });
    }
  };
  visit(container, containerPath);
  return fields;
}

/** The row schema of an array field (an ArrayTable's items), when its rows are objects. */
export function rowSchema(node: SchemaNode): SchemaNode | undefined {
  const items = node['items'];
  return node['type'] === 'array' && items && typeof items === 'object' && !Array.isArray(items) && (items as SchemaNode)['type'] === 'object'
    ? (items as SchemaNode)
    : undefined;
}

export function valueKind(node: SchemaNode): FieldValueKind {
  if (node['x-component'] === 'MoneyInput') return 'money';
  switch (node['type']) {
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    case 'array':
      return rowSchema(node) ? 'rows' : 'list';
    default:
      return 'string';
  }
}

/** The money unit of a MoneyInput field (元 unless it says 万元, as the server reads it). */
export function moneyUnit(node: SchemaNode): '元' | '万元' {
  const unit = (node['x-component-props'] as { unit?: unknown } | undefined)?.unit;
  return unit === '万元' ? '万元' : '元';
}

/** A CEL type as cel-js registers it: a type name, or an object's field types. */
export type CelType = string | { [field: string]: CelType };

/** The CEL type a field's value has in a condition: money is int (分), like money facts. */
export function celTypeOf(node: SchemaNode): CelType {
  switch (valueKind(node)) {
    case 'money':
      return 'int';
    case 'number':
      return 'double';
    case 'boolean':
      return 'bool';
    case 'string':
      return 'string';
    case 'rows':
      return 'list<map<string, dyn>>';
    case 'list': {
      const options = node['enum'];
      const first = Array.isArray(options) ? options[0] : undefined;
      const value = first && typeof first === 'object' ? (first as SchemaNode)['value'] : first;
      return typeof value === 'string' ? 'list<string>' : 'list<dyn>';
    }
    case 'object': {
      const fields: { [field: string]: CelType } = {};
      for (const field of dataFields(node, [])) if (isConditionName(field.name)) fields[field.name] = celTypeOf(field.node);
      return fields;
    }
  }
}

/** A node met while walking a schema, with the levels of scope around it. */
export interface VisitedNode {
  node: SchemaNode;
  name: string;
  schemaPath: string[];
  /** The enclosing levels, outermost (the form) first. The last one holds the node (or its void ancestors). */
  levels: ScopeLevel[];
  /** Schema paths of the data fields that contain this node (excluded from its scope). */
  ancestors: string[][];
  /** Inside an array's rows (its values are not single values of the form). */
  inRows: boolean;
}

/** Visits every node below the root, depth first in form order. */
export function walkSchema(root: SchemaNode, visit: (visited: VisitedNode) => void): void {
  const descend = (container: SchemaNode, path: string[], levels: ScopeLevel[], ancestors: string[][], inRows: boolean) => {
    for (const [name, child] of orderedProperties(container)) {
      const schemaPath = [...path, 'properties', name];
      visit({ node: child, name, schemaPath, levels, ancestors, inRows });
      const level = levels[levels.length - 1] as ScopeLevel;
      if (child['type'] === 'void') {
        descend(child, schemaPath, levels, ancestors, inRows);
      } else if (child['type'] === 'object') {
        const inner = { pattern: [...level.pattern, name], container: child, schemaPath };
        descend(child, schemaPath, [...levels, inner], [...ancestors, schemaPath], inRows);
      } else {
        const items = rowSchema(child);
        if (items) {
          const itemsPath = [...schemaPath, 'items'];
          const row = { pattern: [...level.pattern, name, '*'], container: items, schemaPath: itemsPath };
          descend(items, itemsPath, [...levels, row], [...ancestors, schemaPath], true);
        }
        // An array's own properties (ArrayTable.Addition) are buttons, not data.
        if (child['type'] === 'array') descend(child, schemaPath, levels, [...ancestors, schemaPath], inRows);
      }
    }
  };
  descend(root, [], [{ pattern: [], container: root, schemaPath: [] }], [], false);
}

export function samePath(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/** Whether `path` is `prefix` or lies below it. */
export function startsWith(path: ReadonlyArray<string>, prefix: ReadonlyArray<string>): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => segment === path[index]);
}
