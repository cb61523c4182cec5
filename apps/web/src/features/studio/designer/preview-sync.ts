import { isField, type Form, type GeneralField } from '@formily/core';
import { batch } from '@formily/reactive';
import { withMoneyRules } from '../../../formily/money-rules';
import type { SchemaNode } from './design-kinds';
import { orderedEntries } from './design-tree';

/**
 * How the live preview follows an edit. Formily creates a field once per address and does not re-read its schema,
 * so a new schema alone would not show a changed label; re-creating the whole form on every keystroke would make a
 * form of 300 fields sluggish. The designer's edits share every unchanged node (design-ops.ts), so comparing by
 * identity finds the few nodes that changed: when only their properties changed (label, help text, required,
 * options, rules, component props) the fields are patched in place; when the shape changed (a node added, removed,
 * moved, a component or a condition changed, anything in a table's rows, which ArrayTable reads from the schema
 * itself) the preview re-renders the new schema after preview-rebuild.ts has cleared the fields that changed.
 */
export type PreviewUpdate = { kind: 'none' } | { kind: 'patch'; patches: Array<{ address: string; node: SchemaNode }> } | { kind: 'rebuild' };

export const SHAPE_KEYS = ['type', 'x-component', 'x-decorator', 'x-visible-when', 'x-required-when', 'x-reactions', 'items'] as const;
export const CHILD_KEYS = new Set(['properties', 'items', 'x-index']);

export const isConditional = (node: SchemaNode) => node['x-visible-when'] !== undefined || node['x-required-when'] !== undefined || node['x-reactions'] !== undefined;

export function previewUpdate(previous: SchemaNode, next: SchemaNode): PreviewUpdate {
  const patches: Array<{ address: string; node: SchemaNode }> = [];
  const compare = (before: SchemaNode, after: SchemaNode, address: string[]): boolean => {
    if (before === after) return true;
    // A conditional field's reaction belongs to its node: a new node, a new field.
    if (SHAPE_KEYS.some((key) => before[key] !== after[key]) || isConditional(before) || isConditional(after)) return false;
    const beforeChildren = orderedEntries(before['properties'] as Record<string, SchemaNode> | undefined);
    const afterChildren = orderedEntries(after['properties'] as Record<string, SchemaNode> | undefined);
    if (beforeChildren.length !== afterChildren.length || beforeChildren.some(([key], index) => afterChildren[index]?.[0] !== key)) return false;
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    if ([...keys].some((key) => !CHILD_KEYS.has(key) && before[key] !== after[key])) {
      if (address.length === 0) return false;
      patches.push({ address: address.join('.'), node: after });
    }
    return beforeChildren.every(([key, child], index) => compare(child, afterChildren[index]?.[1] as SchemaNode, [...address, key]));
  };
  if (!compare(previous, next, [])) return { kind: 'rebuild' };
  return patches.length > 0 ? { kind: 'patch', patches } : { kind: 'none' };
}

/** Applies a node's properties to its live field; false when the field is not there (then rebuild). */
export function patchField(form: Form, address: string, node: SchemaNode): boolean {
  const field = form.fields[address] as GeneralField | undefined;
  if (!field) return false;
  const ready = withMoneyRules(node);
  batch(() => {
    field.title = ready['title'] as string;
    field.description = ready['description'] as string;
    field.componentProps = { ...((ready['x-component-props'] as Record<string, unknown> | undefined) ?? {}) };
    field.decoratorProps = { ...((ready['x-decorator-props'] as Record<string, unknown> | undefined) ?? {}) };
    if (isField(field)) {
      // Formily keeps `required` as a rule inside `validator`: the rules first, then required on top of them.
      field.validator = (ready['x-validator'] as never) ?? [];
      field.required = ready['required'] === true;
      field.dataSource = (ready['enum'] as never) ?? [];
    }
  });
  return true;
}
