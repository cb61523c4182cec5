import { SCHEMA_COMPONENTS } from '../../../formily/SchemaField';
import type { SchemaNode } from './design-kinds';

/**
 * Import and export of a form's Formily JSON Schema as text. Export is the schema as it is (2-space JSON); import
 * takes the text as it is, after checking that it is JSON, that its root is an object form and that every
 * component it names is one our forms render: nothing is renamed, reordered or dropped, so a round trip is exact.
 */
export function exportSchemaText(schema: SchemaNode): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export interface SchemaTextIssue {
  message: string;
  /** 1-based, for a JSON syntax error. */
  line?: number;
  column?: number;
  /** Where in the schema, e.g. properties.basic.properties.applicant.x-component. */
  path?: string;
}

export type SchemaTextResult = { ok: true; schema: SchemaNode } | { ok: false; issues: SchemaTextIssue[] };

/** The component names a schema may use: ours, and their parts (Input.TextArea, ArrayTable.Column …). */
export const KNOWN_COMPONENTS: ReadonlySet<string> = new Set(
  Object.entries(SCHEMA_COMPONENTS).flatMap(([name, component]) => [
    name,
    ...Object.keys(component as object)
      .filter((part) => /^[A-Z]/.test(part))
      .map((part) => `${name}.${part}`),
  ]),
);

export function parseSchemaText(text: string): SchemaTextResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(text, error instanceof Error ? error.message : String(error))] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, issues: [{ message: '表单的 JSON Schema 应是一个对象，例如 { "type": "object", "properties": { … } }' }] };
  }
  const root = data as SchemaNode;
  const issues: SchemaTextIssue[] = [];
  if (root['type'] !== 'object') issues.push({ path: 'type', message: '根节点的 type 应为 "object"（整张表单的数据是一个对象）' });
  if (root['properties'] !== undefined && !isObject(root['properties'])) issues.push({ path: 'properties', message: 'properties 应是一个对象：字段名 → 字段' });
  walk(root, [], issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, schema: root };
}

function walk(node: SchemaNode, path: string[], issues: SchemaTextIssue[]) {
  for (const key of ['properties'] as const) {
    const children = node[key];
    if (!isObject(children)) continue;
    for (const [name, child] of Object.entries(children)) {
      const at = [...path, key, name];
      if (!isObject(child)) {
        issues.push({ path: at.join('.'), message: `字段“${name}”应是一个对象（含 type、title、x-component 等）` });
        continue;
      }
      check(child, at, issues);
      walk(child, at, issues);
    }
  }
  const items = node['items'];
  if (items !== undefined) {
    if (!isObject(items)) issues.push({ path: [...path, 'items'].join('.'), message: 'items 应是一个对象（表格每一行的字段）' });
    else walk(items, [...path, 'items'], issues);
  }
}

function check(node: SchemaNode, path: string[], issues: SchemaTextIssue[]) {
  const component = node['x-component'];
  if (component !== undefined && (typeof component !== 'string' || !KNOWN_COMPONENTS.has(component))) {
    issues.push({
      path: [...path, 'x-component'].join('.'),
      message: `未知组件“${String(component)}”。可用的组件有：${[...KNOWN_COMPONENTS].join('、')}`,
    });
  }
  const decorator = node['x-decorator'];
  if (decorator !== undefined && decorator !== 'FormItem') issues.push({ path: [...path, 'x-decorator'].join('.'), message: `未知的 x-decorator“${String(decorator)}”，应为 FormItem` });
  const type = node['type'];
  if (type !== undefined && !['string', 'number', 'boolean', 'object', 'array', 'void'].includes(String(type))) {
    issues.push({ path: [...path, 'type'].join('.'), message: `未知的 type“${String(type)}”，应为 string、number、boolean、object、array 或 void` });
  }
  if (node['enum'] !== undefined && !Array.isArray(node['enum'])) issues.push({ path: [...path, 'enum'].join('.'), message: 'enum（选项）应是一个列表，例如 [{ "label": "新建", "value": "new" }]' });
  for (const key of ['x-visible-when', 'x-required-when']) {
    if (node[key] !== undefined && typeof node[key] !== 'string') issues.push({ path: [...path, key].join('.'), message: `${key} 应是 CEL 表达式（文本）` });
  }
}

/** A JSON syntax error with its line and column, from the position the engine names. */
function syntaxIssue(text: string, reason: string): SchemaTextIssue {
  const lineColumn = /line (\d+) column (\d+)/.exec(reason);
  const position = /position (\d+)/.exec(reason);
  let line: number | undefined;
  let column: number | undefined;
  if (lineColumn) {
    line = Number(lineColumn[1]);
    column = Number(lineColumn[2]);
  } else if (position) {
    const before = text.slice(0, Number(position[1]));
    line = before.split('\n').length;
    column = before.length - before.lastIndexOf('\n');
  } else if (/end of (JSON )?input/i.test(reason)) {
    line = text.split('\n').length;
    column = (text.split('\n').pop() ?? '').length + 1;
  }
  const where = line !== undefined ? `第 ${line} 行第 ${column} 列：` : '';
  return {
    message: `${where}不是有效的 JSON（${reason}）。请检查是否缺少逗号、括号或引号；JSON 的键名和文本都要用英文双引号`,
    ...(line !== undefined ? { line, column } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
