import type { FactType } from './fact-catalogue';
import type { FactValue } from './facts';
import { dataFields, moneyUnit, rowSchema, valueKind, type SchemaNode } from './form-conditions.nodes';
import { isMoney, parseMoney } from './money';

/**
 * What a condition reads from a form's values: money as integer 分 (bigint, like money facts, so a condition on a
 * field and one on its fact compare alike), numbers as doubles, text as strings, lists and rows as lists, object
 * fields as maps. An unanswered field (empty, or not yet readable as its type, like a half-typed amount) is unset:
 * a condition that needs it does not hold.
 */
export function fieldConditionValue(node: SchemaNode, raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return undefined;
  switch (valueKind(node)) {
    case 'money': {
      const unit = moneyUnit(node);
      return typeof raw === 'string' && isMoney(raw, unit) ? parseMoney(raw, unit) : undefined;
    }
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'string':
      return typeof raw === 'string' ? raw : undefined;
    case 'list':
      return Array.isArray(raw) ? raw.filter((item) => item !== undefined && item !== null) : undefined;
    case 'rows': {
      const items = rowSchema(node) as SchemaNode;
      return Array.isArray(raw) ? raw.map((row) => objectValue(items, row) ?? {}) : undefined;
    }
    case 'object':
      return objectValue(node, raw);
  }
}

function objectValue(node: SchemaNode, raw: unknown): Record<string, unknown> | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const field of dataFields(node, [])) {
    const value = fieldConditionValue(field.node, record[field.name]);
    if (value !== undefined) result[field.name] = value;
  }
  return result;
}

/** A fact read from the field bound to it, as the runtime would read it (extractFacts' conversion). */
export function boundFactValue(type: FactType | undefined, node: SchemaNode, raw: unknown): unknown {
  if (type === undefined) return fieldConditionValue(node, raw);
  if (raw === undefined || raw === null || raw === '') return undefined;
  switch (type) {
    case 'money': {
      const unit = moneyUnit(node);
      return typeof raw === 'string' && isMoney(raw, unit) ? parseMoney(raw, unit) : undefined;
    }
    case 'integer': {
      const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
      return /^\d+$/.test(text) ? BigInt(text) : undefined;
    }
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    default:
      return typeof raw === 'string' ? raw : undefined;
  }
}

/** A fact given from outside the form (the answers of 规则所需信息, a project's facts): already typed. */
export function externalFactValue(value: FactValue | undefined): unknown {
  return value === '' ? undefined : value;
}
