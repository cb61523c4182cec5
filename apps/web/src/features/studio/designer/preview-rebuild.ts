import type { Form } from '@formily/core';
import { batch } from '@formily/reactive';
import type { SchemaNode } from './design-kinds';
import { orderedEntries } from './design-tree';
import { CHILD_KEYS, isConditional, patchField, SHAPE_KEYS } from './preview-sync';

interface Indexed {
  node: SchemaNode;
  /** The value's data path (void nodes add no level); null for a void node. */
  dataPath: string | null;
}

/** Every node below the root by its Formily address (void nodes included), not looking into tables' rows. */
function index(schema: SchemaNode): Map<string, Indexed> {
  const nodes = new Map<string, Indexed>();
  const visit = (node: SchemaNode, address: string[], data: string[]) => {
    for (const [key, child] of orderedEntries(node['properties'] as Record<string, SchemaNode> | undefined)) {
      const isVoid = child['type'] === 'void';
      const childData = isVoid ? data : [...data, key];
      nodes.set([...address, key].join('.'), { node: child, dataPath: isVoid ? null : childData.join('.') });
      visit(child, [...address, key], childData);
    }
  };
  visit(schema, [], []);
  return nodes;
}


export interface RebuildPlan {
  /** Fields to drop (with what they contain), their values kept: the next render creates them from the new schema. */
  clear: string[];
  /** Data paths no field has any more: their values go too, so a submission has nothing unasked. */
  dropValues: string[];
  patches: Array<{ address: string; node: SchemaNode }>;
}

/**
 * What a structural edit changes in a live preview form, so that the new schema can be rendered into the same form
 * (keeping every field that did not change, and what was typed into it) instead of re-creating hundreds of fields.
 * Formily reuses a field by its address and never re-reads its schema: a field whose shape changed, that moved or
 * went away is cleared; one whose properties changed is patched; a conditional one that changed at all is
 * re-created (its reaction is tied to its node).
 */
export function rebuildPlan(previous: SchemaNode, next: SchemaNode): RebuildPlan {
  const before = index(previous);
  const after = index(next);
  const dataPaths = new Set([...after.values()].map((entry) => entry.dataPath).filter((path): path is string => path !== null));
  const plan: RebuildPlan = { clear: [], dropValues: [], patches: [] };
  for (const [address, old] of before) {
    const current = after.get(address);
    if (!current) {
      plan.clear.push(address);
      if (old.dataPath !== null && !dataPaths.has(old.dataPath)) plan.dropValues.push(old.dataPath);
      continue;
    }
    if (old.node === current.node) continue;
    if (SHAPE_KEYS.some((key) => old.node[key] !== current.node[key]) || isConditional(old.node) || isConditional(current.node)) {
      plan.clear.push(address);
      continue;
    }
    const keys = new Set([...Object.keys(old.node), ...Object.keys(current.node)]);
    if ([...keys].some((key) => !CHILD_KEYS.has(key) && old.node[key] !== current.node[key])) plan.patches.push({ address, node: current.node });
  }
  // An unchanged conditional field keeps its reaction: that reads the latest schema's conditions when it runs.
  return plan;
}

/** Applies a plan to the live form before the new schema is rendered into it. */
export function applyRebuild(form: Form, plan: RebuildPlan): void {
  // One pass over the form's fields (form.query would match every pattern against every field).
  const prefixes = plan.clear.map((address) => `${address}.`);
  const cleared = new Set(plan.clear);
  const doomed = Object.keys(form.fields).filter((address) => cleared.has(address) || prefixes.some((prefix) => address.startsWith(prefix)));
  batch(() => {
    for (const address of doomed) form.fields[address]?.destroy(false);
    for (const path of plan.dropValues) form.deleteValuesIn(path);
    for (const { address, node } of plan.patches) patchField(form, address, node);
  });
}
