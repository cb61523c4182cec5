import type { DesignKind, SchemaNode } from '../design-kinds';
import { insertNew, renameNode, setTitle, type OpResult } from '../design-ops';
import { setComponentProp, setFieldKey, setOptions, setRule, type OptionItem } from '../design-props';
import type { NodePath } from '../design-tree';

/** What the properties panel sets on a node, in the words of the panel. */
export interface NodeSettings {
  required?: boolean;
  fact?: string;
  unit?: '元' | '万元';
  /** Text areas are created with 3 rows; `null` removes the setting. */
  rows?: number | null;
  options?: OptionItem[];
  pattern?: [string, string];
  format?: [string, string];
  description?: string;
  width?: number;
  visibleWhen?: string;
  requiredWhen?: string;
}

/**
 * Builds a form from an empty one the way the designer does — palette item, then the properties panel — so a spec
 * can rebuild the seed's 附表 and compare. Every step goes through design-ops / design-props.
 */
export class DesignScript {
  schema: SchemaNode = { type: 'object', properties: {} };

  add(parent: NodePath, kind: DesignKind, key: string, title: string, settings: NodeSettings = {}): string[] {
    let path = expectOk(insertNew(this.schema, parent, kind), this);
    path = expectOk(renameNode(this.schema, path, key), this);
    this.schema = setTitle(this.schema, path, title);
    const s = settings;
    if (s.required) this.schema = setFieldKey(this.schema, path, 'required', true);
    if (s.description) this.schema = setFieldKey(this.schema, path, 'description', s.description);
    if (s.fact) this.schema = setFieldKey(this.schema, path, 'x-fact', s.fact);
    if (s.unit) this.schema = setComponentProp(this.schema, path, 'unit', s.unit);
    if (s.rows !== undefined) this.schema = setComponentProp(this.schema, path, 'rows', s.rows ?? undefined);
    if (s.options) this.schema = setOptions(this.schema, path, s.options);
    if (s.pattern) this.schema = setRule(this.schema, path, 'pattern', { pattern: s.pattern[0], message: s.pattern[1] });
    if (s.format) this.schema = setRule(this.schema, path, 'format', { format: s.format[0], message: s.format[1] });
    if (s.visibleWhen) this.schema = setFieldKey(this.schema, path, 'x-visible-when', s.visibleWhen);
    if (s.requiredWhen) this.schema = setFieldKey(this.schema, path, 'x-required-when', s.requiredWhen);
    return path;
  }
}

function expectOk(result: OpResult, script: DesignScript): string[] {
  if (!result.ok) throw new Error(result.message);
  script.schema = result.schema;
  return result.path;
}

/**
 * A schema with each `properties` as a list in the form's order and without x-index: two schemas that render and
 * submit alike compare equal (the seed numbers some lists by x-index and others by writing order).
 */
export function normalised(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalised);
  if (!node || typeof node !== 'object') return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'x-index') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      result[key] = Object.entries(value as Record<string, SchemaNode>)
        .map(([name, child], position) => ({ name, child, index: typeof child['x-index'] === 'number' ? (child['x-index'] as number) : position, position }))
        .sort((a, b) => a.index - b.index || a.position - b.position)
        .map(({ name, child }) => [name, normalised(child)]);
    } else {
      result[key] = normalised(value);
    }
  }
  return result;
}
