import type { DesignKind, SchemaNode } from '../features/studio/designer/design-kinds';
import { insertNew, renameNode, setTitle } from '../features/studio/designer/design-ops';
import { setFieldKey } from '../features/studio/designer/design-props';

const KINDS: DesignKind[] = ['text', 'textarea', 'number', 'money', 'date', 'month', 'select', 'radio', 'checkbox', 'text'];

/**
 * A large form for the designer's benchmark, built through the designer's own operations: `sections` sections of
 * `perSection` fields of every kind, one field in five required, one in ten shown on a condition over the field
 * before it (so the preview carries live CEL reactions), the first money field feeding totalInvestment.
 */
export function benchSchema(sections = 10, perSection = 30): SchemaNode {
  let schema: SchemaNode = { type: 'object', properties: {} };
  const step = (result: ReturnType<typeof insertNew>) => {
    if (!result.ok) throw new Error(result.message);
    schema = result.schema;
    return result.path;
  };
  let count = 0;
  for (let s = 1; s <= sections; s++) {
    const added = step(insertNew(schema, [], 'section'));
    const section = step(renameNode(schema, added, `part${s}`));
    schema = setTitle(schema, section, `第${s}部分`);
    let previous: { key: string; kind: DesignKind } | null = null;
    for (let f = 1; f <= perSection; f++) {
      count += 1;
      const kind = KINDS[(count - 1) % KINDS.length] as DesignKind;
      const key = `f${count}`;
      const inserted = step(insertNew(schema, section, kind));
      const path = step(renameNode(schema, inserted, key));
      schema = setTitle(schema, path, `字段${count}`);
      if (count % 5 === 0) schema = setFieldKey(schema, path, 'required', true);
      if (count % 10 === 3 && previous?.kind === 'textarea') schema = setFieldKey(schema, path, 'x-visible-when', `${previous.key} != "隐藏"`);
      if (count === 4) schema = setFieldKey(schema, path, 'x-fact', 'totalInvestment');
      previous = { key, kind };
    }
  }
  return schema;
}
