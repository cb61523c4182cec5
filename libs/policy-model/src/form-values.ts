import { collectFactBindings, readValuePath } from './form-bindings';
import type { FactValue, ResolvedFact } from './facts';
import { isMoney, parseMoney, type MoneyUnit } from './money';

/**
 * Server-side validation of a form submission against the same Formily JSON Schema the browser renders,
 * and the conversion of bound fields into typed facts. Never trust the client.
 */
export interface FieldIssue {
  /** Data path of the value, e.g. "fundingPlan.year1". */
  field: string;
  title: string;
  message: string;
}

type SchemaNode = Record<string, unknown>;

export function validateFormValues(schema: Readonly<Record<string, unknown>>, values: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const walk = (node: SchemaNode, value: unknown, path: string[], title: string): void => {
    const type = node['type'];
    const report = (message: string): void => {
      issues.push({ field: path.join('.'), title, message });
    };
    if (type !== 'void' && path.length > 0) {
      if (isEmpty(value)) {
        if (node['required'] === true) report(type === 'boolean' ? `请选择“${title}”：是或否` : `请填写${title}`);
        return;
      }
      if (type === 'string' && typeof value !== 'string') return report(`${title}应为文本`);
      if (type === 'boolean' && typeof value !== 'boolean') return report(`${title}应为“是”或“否”`);
      if (type === 'number' && typeof value !== 'number') return report(`${title}应为数字`);
      if (type === 'object' && (typeof value !== 'object' || Array.isArray(value))) return report(`${title}格式不正确`);
      const options = node['enum'];
      if (Array.isArray(options)) {
        const allowed = options.map((option) => (option && typeof option === 'object' ? (option as SchemaNode)['value'] : option));
        if (!allowed.includes(value)) return report(`${title}的取值“${String(value)}”不在可选项中`);
      }
      const unit = (node['x-component-props'] as { unit?: MoneyUnit } | undefined)?.unit;
      if (node['x-component'] === 'MoneyInput' && typeof value === 'string' && !isMoney(value, unit ?? '元')) {
        return report(`${title}应为金额（${unit ?? '元'}），精确到分，例如 30 或 12.5`);
      }
      for (const rule of asArray(node['x-validator'])) {
        const pattern = (rule as SchemaNode | undefined)?.['pattern'];
        if (typeof pattern === 'string' && typeof value === 'string' && !new RegExp(pattern).test(value)) {
          return report(String((rule as SchemaNode)['message'] ?? `${title}格式不正确`));
        }
      }
      if (value && typeof value === 'object' && type === 'object') {
        const record = value as Record<string, unknown>;
        forEachProperty(node, (name, child) => walk(child, record[name], [...path, name], titleOf(child, name)));
      }
      return;
    }
    // The root and void containers (sections, grids) share their parent's value.
    const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    forEachProperty(node, (name, child) =>
      child['type'] === 'void'
        ? walk(child, record, path, titleOf(child, name))
        : walk(child, record[name], [...path, name], titleOf(child, name)),
    );
  };
  walk(schema as SchemaNode, values, [], '');
  return issues;
}

/** Reads the facts bound to fields of a form (x-fact) from validated values. Empty fields give no fact. */
export function extractFacts(
  schema: Readonly<Record<string, unknown>>,
  values: unknown,
  facts: ReadonlyArray<ResolvedFact>,
): Record<string, FactValue> {
  const types = new Map(facts.map((fact) => [fact.key, fact.type]));
  const result: Record<string, FactValue> = {};
  for (const binding of collectFactBindings(schema)) {
    const raw = readValuePath(values, binding.valuePath);
    if (isEmpty(raw)) continue;
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

function forEachProperty(node: SchemaNode, visit: (name: string, child: SchemaNode) => void) {
  const properties = node['properties'];
  if (!properties || typeof properties !== 'object') return;
  const entries = Object.entries(properties as Record<string, SchemaNode>);
  entries.sort(([, a], [, b]) => Number(a['x-index'] ?? 0) - Number(b['x-index'] ?? 0));
  entries.forEach(([name, child]) => visit(name, child));
}

function titleOf(node: SchemaNode, name: string): string {
  return typeof node['title'] === 'string' ? node['title'] : name;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
