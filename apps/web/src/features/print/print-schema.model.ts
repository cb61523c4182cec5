import type { ChoiceOption } from './print-values.format';

/**
 * A policy form's Formily JSON Schema, read as the parts of a paper form: sections (void Section nodes), fields,
 * groups of amounts (MoneyGroup or any object) and lists (ArrayTable, with their columns). Order follows x-index,
 * then the order of declaration, as Formily renders it. Nothing in the schema is evaluated.
 */

type RawSchema = Record<string, unknown>;

export interface FieldNode {
  kind: 'field';
  key: string;
  /** Where the value sits in the form's values (void nodes add nothing, objects add their name). */
  path: string[];
  title: string;
  component: string;
  /** 万元 / 元 for MoneyInput. */
  unit?: string;
  options: ChoiceOption[];
  /** Lines a text area asks for (x-component-props.rows). */
  rows?: number;
  /** A DatePicker's picker (month, year …), when not a day. */
  picker?: string;
  /** Its validator allows digits only (数量): printed in a narrow column. */
  numeric?: boolean;
  description?: string;
}

export interface GroupNode {
  kind: 'group';
  key: string;
  path: string[];
  title: string;
  children: FieldNode[];
}

export interface ArrayColumn {
  key: string;
  title: string;
  /** ArrayTable.Index: the row's number (序号). */
  index: boolean;
  /** The cell's field, its path relative to the row. */
  field?: FieldNode;
  /** Width the schema asks for, in px (序号 60). */
  width?: number;
}

export interface ArrayNode {
  kind: 'array';
  key: string;
  path: string[];
  title: string;
  columns: ArrayColumn[];
  description?: string;
}

export interface SectionNode {
  kind: 'section';
  key: string;
  title: string;
  children: PrintNode[];
}

export type PrintNode = FieldNode | GroupNode | ArrayNode | SectionNode;

const isRecord = (value: unknown): value is RawSchema => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function propsOf(node: RawSchema): RawSchema {
  return isRecord(node['x-component-props']) ? node['x-component-props'] : {};
}

/** The node's children in the order Formily renders them. */
function orderedProperties(node: RawSchema): Array<[string, RawSchema]> {
  const properties = isRecord(node['properties']) ? node['properties'] : {};
  return Object.entries(properties)
    .filter((entry): entry is [string, RawSchema] => isRecord(entry[1]))
    .map((entry, position) => ({ entry, position, index: typeof entry[1]['x-index'] === 'number' ? entry[1]['x-index'] : Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.index - b.index || a.position - b.position)
    .map(({ entry }) => entry);
}

function hidden(node: RawSchema): boolean {
  return node['x-display'] === 'none' || node['x-display'] === 'hidden' || node['x-visible'] === false || node['x-hidden'] === true;
}

function optionsOf(node: RawSchema): ChoiceOption[] {
  const raw = Array.isArray(node['enum']) ? node['enum'] : Array.isArray(propsOf(node)['options']) ? (propsOf(node)['options'] as unknown[]) : [];
  return raw.map((option) =>
    isRecord(option) ? { label: text(option['label']) || String(option['value'] ?? ''), value: option['value'] } : { label: String(option), value: option },
  );
}

/** Whether every pattern of the field's validators starts with digits only (^\d+ …). */
function numericOnly(node: RawSchema): boolean {
  const rules = Array.isArray(node['x-validator']) ? node['x-validator'] : [node['x-validator']];
  const patterns = rules.filter(isRecord).map((rule) => rule['pattern']).filter((pattern): pattern is string => typeof pattern === 'string');
  return patterns.length > 0 && patterns.every((pattern) => /^\^\\d[+*{]/.test(pattern));
}

function fieldNode(key: string, node: RawSchema, path: string[]): FieldNode {
  const props = propsOf(node);
  const component = text(node['x-component']);
  return {
    kind: 'field',
    key,
    path,
    title: text(node['title']),
    component,
    ...(component === 'MoneyInput' ? { unit: text(props['unit']) || '元' } : {}),
    options: optionsOf(node),
    ...(typeof props['rows'] === 'number' ? { rows: props['rows'] } : {}),
    ...(text(props['picker']) ? { picker: text(props['picker']) } : {}),
    ...(numericOnly(node) ? { numeric: true } : {}),
    ...(text(node['description']) ? { description: text(node['description']) } : {}),
  };
}

/** The first field under a node (an ArrayTable.Column holds one), looking through void wrappers. */
function firstField(node: RawSchema, path: string[]): { field?: FieldNode; index: boolean } {
  for (const [key, child] of orderedProperties(node)) {
    if (child['x-component'] === 'ArrayTable.Index') return { index: true };
    if (child['type'] === 'void') {
      const inner = firstField(child, path);
      if (inner.field || inner.index) return inner;
      continue;
    }
    return { field: fieldNode(key, child, [...path, key]), index: false };
  }
  return { index: false };
}

function arrayNode(key: string, node: RawSchema, path: string[]): ArrayNode {
  const items = isRecord(node['items']) ? node['items'] : {};
  const columns: ArrayColumn[] = [];
  if (isRecord(items['properties'])) {
    for (const [columnKey, column] of orderedProperties(items)) {
      if (hidden(column)) continue;
      const component = text(column['x-component']);
      if (component.startsWith('ArrayTable.') && component !== 'ArrayTable.Column' && component !== 'ArrayTable.Index') continue;
      const props = propsOf(column);
      if (component === 'ArrayTable.Column') {
        const inner = firstField(column, []);
        // Columns of row actions (删除、上移) hold no field and no index: nothing to print.
        if (!inner.field && !inner.index) continue;
        columns.push({
          key: columnKey,
          title: text(props['title']) || text(column['title']) || inner.field?.title || '',
          index: inner.index,
          ...(inner.field ? { field: inner.field } : {}),
          ...(typeof props['width'] === 'number' ? { width: props['width'] } : {}),
        });
      } else if (component === 'ArrayTable.Index') {
        columns.push({ key: columnKey, title: text(column['title']) || '序号', index: true });
      } else if (column['type'] !== 'void') {
        const field = fieldNode(columnKey, column, [columnKey]);
        columns.push({ key: columnKey, title: field.title, index: false, field });
      }
    }
  } else {
    // A list of plain values: one column.
    columns.push({ key, title: text(node['title']), index: false, field: fieldNode(key, items, []) });
  }
  return {
    kind: 'array',
    key,
    path,
    title: text(node['title']),
    columns,
    ...(text(node['description']) ? { description: text(node['description']) } : {}),
  };
}

function walk(node: RawSchema, path: string[]): PrintNode[] {
  const nodes: PrintNode[] = [];
  for (const [key, child] of orderedProperties(node)) {
    if (hidden(child)) continue;
    const component = text(child['x-component']);
    if (child['type'] === 'void') {
      // Buttons and other void parts without content (ArrayTable.Addition, FormButtonGroup …) print nothing.
      if (!isRecord(child['properties'])) continue;
      const children = walk(child, path);
      const title = text(child['title']);
      if (title !== '' || component === 'Section') nodes.push({ kind: 'section', key, title, children });
      else nodes.push(...children);
    } else if (child['type'] === 'array') {
      nodes.push(arrayNode(key, child, [...path, key]));
    } else if (child['type'] === 'object' && isRecord(child['properties'])) {
      const fields = walk(child, [...path, key]).flatMap((inner) => flattenFields(inner));
      nodes.push({ kind: 'group', key, path: [...path, key], title: text(child['title']), children: fields });
    } else {
      nodes.push(fieldNode(key, child, [...path, key]));
    }
  }
  return nodes;
}

function flattenFields(node: PrintNode): FieldNode[] {
  if (node.kind === 'field') return [node];
  if (node.kind === 'section' || node.kind === 'group') return node.children.flatMap(flattenFields);
  return [];
}

/** The printable parts of a form schema, in order. */
export function printModel(schema: Record<string, unknown>): PrintNode[] {
  return walk(schema, []);
}

/** The value at a path of the form's values. */
export function valueAt(values: unknown, path: readonly string[]): unknown {
  let current: unknown = values;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}
