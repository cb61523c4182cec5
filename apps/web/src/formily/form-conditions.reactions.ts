import { conditionHolds, formConditions, type NodeConditions } from '@banfa/policy-model';
import { isField, type GeneralField } from '@formily/core';
import { observable } from '@formily/reactive';

type SchemaNode = Record<string, unknown>;
type Plan = ReadonlyMap<SchemaNode, NodeConditions>;

/**
 * What one rendered form keeps between schemas (the designer's preview renders a new schema on every edit): the
 * prepared node of every node it has seen, and the conditions of the latest schema, observable. A reaction reads
 * its node's conditions from there when it runs, so a prepared node made for an earlier schema is still right for a
 * later one that shares the node (its neighbours may have moved: the reaction re-runs when the plan changes).
 */
export interface ConditionCache {
  prepared: WeakMap<SchemaNode, SchemaNode>;
  plan: { get(): Plan; set(plan: Plan): void };
  /** The plan of the schema prepared last, until `commitConditions` makes it current (after React's render). */
  next: Plan | null;
  started: boolean;
}

export function createConditionCache(): ConditionCache {
  return { prepared: new WeakMap(), plan: observable.box<Plan>(new Map()), next: null, started: false };
}

/**
 * Makes the conditions of the schema prepared last the ones reactions read, re-running them: call it after the
 * render that used the schema (a layout effect), not during it — the reactions change fields other components show.
 */
export function commitConditions(cache: ConditionCache): void {
  if (cache.next && cache.next !== cache.plan.get()) cache.plan.set(cache.next);
  cache.next = null;
}

/**
 * Turns a form's CEL conditions (`x-visible-when`, `x-required-when`) into Formily reactions: a reaction runs in
 * Formily's reactive scope, so it re-runs whenever a value it read changes, and it evaluates through the same
 * `conditionHolds` as the server's validateFormValues. A hidden field (display none) drops its value, as the
 * server ignores it; a section hides with everything in it.
 *
 * Copy on write: nodes without a condition below them keep their identity, so a schema that has none comes back
 * as it was and Formily's memoised Schema objects stay valid.
 */
export function withFormConditions(schema: Readonly<Record<string, unknown>>, cache: ConditionCache = createConditionCache()): Record<string, unknown> {
  const plan = formConditions(schema);
  // The first schema's conditions hold from the first render (its fields are created with it); later ones are
  // committed after their render.
  if (cache.started) cache.next = plan;
  else cache.plan.set(plan);
  cache.started = true;
  if (plan.size === 0) return schema as Record<string, unknown>;
  const rewrite = (node: SchemaNode): SchemaNode => {
    const kept = cache.prepared.get(node);
    if (kept) return kept;
    let copy: SchemaNode | null = null;
    const edit = () => (copy ??= { ...node });
    for (const key of ['properties', 'items'] as const) {
      const children = node[key];
      if (!children || typeof children !== 'object' || Array.isArray(children)) continue;
      if (key === 'items') {
        const next = rewrite(children as SchemaNode);
        if (next !== children) edit()[key] = next;
        continue;
      }
      let changed = false;
      const entries = Object.entries(children as Record<string, SchemaNode>).map(([name, child]) => {
        const next = child && typeof child === 'object' ? rewrite(child) : child;
        if (next !== child) changed = true;
        return [name, next] as const;
      });
      if (changed) edit()[key] = Object.fromEntries(entries);
    }
    if (plan.get(node)) {
      const existing = node['x-reactions'];
      edit()['x-reactions'] = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), conditionReaction(node, cache, node['required'] === true)];
    }
    const result = copy ?? node;
    cache.prepared.set(node, result);
    return result;
  };
  return rewrite(schema as SchemaNode);
}

function conditionReaction(node: SchemaNode, cache: ConditionCache, staticallyRequired: boolean) {
  return (field: GeneralField) => {
    const conditions = cache.plan.get().get(node);
    if (!conditions) return;
    // The object that holds the node: the form, an object field, or the row of an array table.
    const parent = field.path.segments.slice(0, -1);
    const read = (path: ReadonlyArray<string | number>) => field.form.getValuesIn([...path]);
    if (conditions.visible) field.visible = conditionHolds(conditions.visible, read, parent);
    if (conditions.required && isField(field)) field.required = staticallyRequired || conditionHolds(conditions.required, read, parent);
  };
}
