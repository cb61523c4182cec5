import { collectFactBindings, readValuePath } from './form-bindings';
import { conditionHolds, formConditions, type FormConditionOptions } from './form-conditions';
import { rowSchema } from './form-conditions.nodes';
import type { FactValue, ResolvedFact } from './facts';
import { isMoney, parseMoney, type MoneyUnit } from './money';

/**
 * Server-side validation of a form submission against the same Formily JSON Schema the browser renders,
 * and the conversion of bound fields into typed facts. Never trust the client.
 *
 * Conditions hold here as in the browser (form-conditions.ts): a node whose `x-visible-when` does not hold is
 * skipped with everything in it, a field whose `x-required-when` holds is required. Rows of array tables are
 * checked cell by cell.
 */
export interface FieldIssue {
  /** Data path of the value, e.g. "fundingPlan.year1", "dataItems.0.function". */
  field: string;
  title: string;
  message: string;
}

type SchemaNode = Record<string, unknown>;
type DataPath = Array<string | number>;

export function validateFormValues(
  schema: Readonly<Record<string, unknown>>,
  values: unknown,
  options: FormConditionOptions = {},
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const conditions = formConditions(schema);
  const read = (path: ReadonlyArray<string | number>) => readPath(values, path);
  const holds = (node: SchemaNode, which: 'visible' | 'required', parent: DataPath): boolean | undefined => {
    const condition = conditions.get(node)?.[which];
    return condition ? conditionHolds(condition, read, parent, options.factValues) : undefined;
  };
  const walkChildren = (node: SchemaNode, record: Record<string, unknown>, path: DataPath, inherited?: string) =>
    forEachProperty(node, (name, child) =>
      child['type'] === 'void'
        ? walk(child, record, path, titleOf(child, name, inherited))
        : walk(child, record[name], [...path, name], titleOf(child, name, inherited)),
    );
  const walk = (node: SchemaNode, value: unknown, path: DataPath, title: string): void => {
    const type = node['type'];
    const isData = type !== 'void' && path.length > 0;
    if (holds(node, 'visible', isData ? path.slice(0, -1) : path) === false) return;
    const report = (message: string): void => {
      issues.push({ field: path.join('.'), title, message });
    };
    if (isData) {
      if (isEmpty(value)) {
        if (node['required'] === true || holds(node, 'required', path.slice(0, -1)) === true) {
          report(type === 'boolean' ? `请选择“${title}”：是或否` : `请填写${title}`);
        }
        return;
      }
      if (type === 'string' && typeof value !== 'string') return report(`${title}应为文本`);
      if (type === 'boolean' && typeof value !== 'boolean') return report(`${title}应为“是”或“否”`);
      if (type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) return report(`${title}应为数字`);
      if (type === 'object' && (typeof value !== 'object' || Array.isArray(value))) return report(`${title}格式不正确`);
      if (type === 'array' && !Array.isArray(value)) return report(`${title}格式不正确`);
      const options = node['enum'];
      if (Array.isArray(options)) {
        const allowed = options.map((option) => (option && typeof option === 'object' ? (option as SchemaNode)['value'] : option));
        const chosen = Array.isArray(value) ? value : [value];
        const wrong = chosen.find((item) => !allowed.includes(item));
        if (wrong !== undefined) return report(`${title}的取值“${String(wrong)}”不在可选项中`);
      }
      const unit = (node['x-component-props'] as { unit?: MoneyUnit } | undefined)?.unit;
      if (node['x-component'] === 'MoneyInput' && typeof value === 'string' && !isMoney(value, unit ?? '元')) {
        return report(`${title}应为金额（${unit ?? '元'}），精确到分，例如 30 或 12.5`);
      }
      for (const rule of [node, ...asArray(node['x-validator'])]) {
        const message = ruleMessage(rule as SchemaNode | string | undefined, value, title, rule === node);
        if (message) return report(message);
      }
      if (type === 'object') walkChildren(node, value as Record<string, unknown>, path);
      const items = rowSchema(node);
      if (items && Array.isArray(value)) {
        value.forEach((row, index) => {
          if (!row || typeof row !== 'object' || Array.isArray(row)) {
            issues.push({ field: [...path, index].join('.'), title, message: `${title}第${index + 1}行格式不正确` });
          } else {
            walkChildren(items, row as Record<string, unknown>, [...path, index], `第${index + 1}行`);
          }
        });
      }
      return;
    }
    // The root and void containers (sections, grids, table columns) share their parent's value.
    walkChildren(node, (value && typeof value === 'object' ? value : {}) as Record<string, unknown>, path, columnOf(node, title));
  };
  walk(schema as SchemaNode, values, [], '');
  return issues;
}

/** Reads the facts bound to fields of a form (x-fact) from validated values. Empty or hidden fields give no fact. */
export function extractFacts(
  schema: Readonly<Record<string, unknown>>,
  values: unknown,
  facts: ReadonlyArray<ResolvedFact>,
  options: FormConditionOptions = {},
): Record<string, FactValue> {
  const types = new Map(facts.map((fact) => [fact.key, fact.type]));
  const result: Record<string, FactValue> = {};
  for (const binding of collectFactBindings(schema)) {
    const raw = readValuePath(values, binding.valuePath);
    if (isEmpty(raw) || hiddenAt(schema, values, binding.path, options)) continue;
    switch (types.get(binding.fact)) {
      case 'money':
        result[binding.fact] = parseMoney(String(raw), (binding.unit as MoneyUnit | undefined) ?? '元');
        break;
      case 'integer':
        result[binding.fact] = BigInt(String(raw));
        break;
      case 'boolean':
        result[binding.fact] = raw === true;
        break;
      default:
        result[binding.fact] = String(raw);
    }
  }
  return result;
}

/** Whether the node at a schema path (outside any array), or a node above it, is hidden by its condition. */
function hiddenAt(schema: Readonly<Record<string, unknown>>, values: unknown, schemaPath: ReadonlyArray<string>, options: FormConditionOptions): boolean {
  const conditions = formConditions(schema);
  if (conditions.size === 0) return false;
  let node = schema as SchemaNode;
  const dataPath: string[] = [];
  for (let index = 1; index < schemaPath.length; index += 2) {
    const name = schemaPath[index] as string;
    node = ((node['properties'] ?? {}) as Record<string, SchemaNode>)[name] as SchemaNode;
    if (!node) return false;
    const visible = conditions.get(node)?.visible;
    if (visible && !conditionHolds(visible, (path) => readPath(values, path), dataPath, options.factValues)) return true;
    if (node['type'] !== 'void') dataPath.push(name);
  }
  return false;
}

/** Formats the designer offers, with @formily/validator's patterns so that the browser and the server agree. */
const FORMATS: Readonly<Record<string, RegExp>> = {
  email: /^\w+([-+.]\w+)*@\w+([-.]\w+)*\.\w+([-.]\w+)*$/,
  phone: /^\d{3}-\d{8}$|^\d{4}-\d{7}$|^\d{11}$/,
  zip: /^[0-9]{6}$/,
  idcard: /^\d{15}$|^\d{17}(\d|x|X)$/,
  integer: /^[+-]?\d+$/,
  number: /^[+-]?\d+(\.\d+)?$/,
};

/**
 * The message of the first rule a value breaks: x-validator entries, or the JSON Schema keywords on the node itself
 * (`own`). Lengths count characters as Formily does (a character outside the BMP counts once).
 */
function ruleMessage(rule: SchemaNode | string | undefined, value: unknown, title: string, own: boolean): string | undefined {
  // Formily also takes a format's name alone as a rule (`x-validator: email`).
  if (typeof rule === 'string') return ruleMessage({ format: rule }, value, title, own);
  if (!rule || typeof rule !== 'object') return undefined;
  const said = typeof rule['message'] === 'string' && !own ? rule['message'] : undefined;
  const text = typeof value === 'string' ? value : undefined;
  const pattern = rule['pattern'];
  if (typeof pattern === 'string' && text !== undefined && !new RegExp(pattern).test(text)) return said ?? `${title}格式不正确`;
  const format = typeof rule['format'] === 'string' ? FORMATS[rule['format']] : undefined;
  if (format && text !== undefined && !format.test(text)) return said ?? `${title}格式不正确`;
  const length = text !== undefined ? [...text].length : Array.isArray(value) ? value.length : undefined;
  const bound = (key: string) => (typeof rule[key] === 'number' ? (rule[key] as number) : undefined);
  const [minLength, maxLength] = [bound('minLength') ?? bound('minItems'), bound('maxLength') ?? bound('maxItems')];
  if (length !== undefined && minLength !== undefined && length < minLength) return said ?? `${title}至少${minLength}${text !== undefined ? '个字' : '项'}`;
  if (length !== undefined && maxLength !== undefined && length > maxLength) return said ?? `${title}最多${maxLength}${text !== undefined ? '个字' : '项'}`;
  const [minimum, maximum] = [bound('minimum'), bound('maximum')];
  if (typeof value === 'number' && minimum !== undefined && value < minimum) return said ?? `${title}不能小于${minimum}`;
  if (typeof value === 'number' && maximum !== undefined && value > maximum) return said ?? `${title}不能大于${maximum}`;
  return undefined;
}

function forEachProperty(node: SchemaNode, visit: (name: string, child: SchemaNode) => void) {
  const properties = node['properties'];
  if (!properties || typeof properties !== 'object') return;
  const entries = Object.entries(properties as Record<string, SchemaNode>);
  entries.sort(([, a], [, b]) => Number(a['x-index'] ?? 0) - Number(b['x-index'] ?? 0));
  entries.forEach(([name, child]) => visit(name, child));
}

/**
 * A field's title; a cell of an array table has none of its own (its column has it), so it is named by the
 * column and the row: “系统功能（第2行）”.
 */
function titleOf(node: SchemaNode, name: string, inherited?: string): string {
  if (typeof node['title'] === 'string') return node['title'];
  const column = (node['x-component-props'] as { title?: unknown } | undefined)?.title;
  if (node['x-component'] === 'ArrayTable.Column' && typeof column === 'string') return inherited ? `${column}（${inherited}）` : column;
  return inherited ?? name;
}

/** Inside a table column, its cells take the column's title (with the row already in it). */
function columnOf(node: SchemaNode, title: string): string | undefined {
  return node['x-component'] === 'ArrayTable.Column' ? title : undefined;
}

function readPath(values: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>(
    (current, key) => (current && typeof current === 'object' ? (current as Record<string | number, unknown>)[key] : undefined),
    values,
  );
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((item) => item === undefined || item === null || item === '');
  return value === undefined || value === null || value === '';
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
