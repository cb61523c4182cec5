import type { SchemaNode } from './design-kinds';
import { updateNode } from './design-ops';
import type { NodePath } from './design-tree';

/**
 * The properties panel's edits of one node, as pure functions (design-ops.ts shares the unchanged parts). A value
 * of `undefined` or '' removes the key, so a schema carries only what the author set.
 */
const blank = (value: unknown) => value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);

function withKey(node: SchemaNode, key: string, value: unknown): SchemaNode {
  if (blank(value)) {
    if (!(key in node)) return node;
    const { [key]: _removed, ...rest } = node;
    return rest;
  }
  return node[key] === value ? node : { ...node, [key]: value };
}

/** Sets one key of the field (required, description, x-fact, enum, x-visible-when, x-required-when, type …). */
export function setFieldKey(schema: SchemaNode, path: NodePath, key: string, value: unknown): SchemaNode {
  return updateNode(schema, path, (field) => withKey(field, key, value));
}

/** Sets one prop of the field's component (unit of a MoneyInput, rows of a TextArea …). */
export function setComponentProp(schema: SchemaNode, path: NodePath, name: string, value: unknown): SchemaNode {
  return updateNode(schema, path, (field) => {
    const props = withKey((field['x-component-props'] as SchemaNode | undefined) ?? {}, name, value);
    return withKey(field, 'x-component-props', Object.keys(props).length > 0 ? props : undefined);
  });
}

/** Sets one prop of a table column (its width). */
export function setColumnProp(schema: SchemaNode, path: NodePath, name: string, value: unknown): SchemaNode {
  return updateNode(
    schema,
    path,
    (field) => field,
    (column) => ({ ...column, 'x-component-props': withKey((column['x-component-props'] as SchemaNode | undefined) ?? {}, name, value) }),
  );
}

/** The kinds of rule the panel edits, each one entry of `x-validator`, found by the key that defines it. */
export type RuleKind = 'pattern' | 'format' | 'length' | 'range';
const RULE_KEYS: Readonly<Record<RuleKind, string[]>> = {
  pattern: ['pattern'],
  format: ['format'],
  length: ['minLength', 'maxLength'],
  range: ['minimum', 'maximum'],
};

export type Rule = Record<string, unknown>;

export function rulesOf(field: SchemaNode): Rule[] {
  const rules = field['x-validator'];
  const list = Array.isArray(rules) ? rules : rules === undefined ? [] : [rules];
  return list.map((rule) => (typeof rule === 'string' ? { format: rule } : (rule as Rule)));
}

export function ruleOf(field: SchemaNode, kind: RuleKind): Rule | undefined {
  return rulesOf(field).find((rule) => RULE_KEYS[kind].some((key) => key in rule));
}

/**
 * Sets (or, given undefined, removes) the rule of a kind, in place of the one there was; other rules are kept
 * as they are, in their order.
 */
export function setRule(schema: SchemaNode, path: NodePath, kind: RuleKind, rule: Rule | undefined): SchemaNode {
  return updateNode(schema, path, (field) => {
    const rules = rulesOf(field);
    const at = rules.findIndex((candidate) => RULE_KEYS[kind].some((key) => key in candidate));
    const cleaned = rule ? Object.fromEntries(Object.entries(rule).filter(([, value]) => !blank(value) || value === 0)) : undefined;
    const defines = cleaned && RULE_KEYS[kind].some((key) => key in cleaned);
    const next = [...rules];
    if (at >= 0) next.splice(at, 1, ...(defines && cleaned ? [cleaned] : []));
    else if (defines && cleaned) next.push(cleaned);
    return withKey(field, 'x-validator', next.length > 0 ? next : undefined);
  });
}

export interface OptionItem {
  label: string;
  value: string | boolean;
}

export function optionsOf(field: SchemaNode): OptionItem[] {
  const options = field['enum'];
  if (!Array.isArray(options)) return [];
  return options.map((option) =>
    option && typeof option === 'object'
      ? { label: String((option as SchemaNode)['label'] ?? (option as SchemaNode)['value']), value: (option as SchemaNode)['value'] as string | boolean }
      : { label: String(option), value: option as string | boolean },
  );
}

/** Sets a choice's options; 是/否 (boolean values) make the field a boolean one, text values a string one. */
export function setOptions(schema: SchemaNode, path: NodePath, options: OptionItem[]): SchemaNode {
  return updateNode(schema, path, (field) => {
    const isList = field['type'] === 'array';
    const boolean = options.length > 0 && options.every((option) => typeof option.value === 'boolean');
    const typed = isList ? field : { ...field, type: boolean ? 'boolean' : 'string' };
    return withKey(typed, 'enum', options.map((option) => ({ label: option.label, value: option.value })));
  });
}
