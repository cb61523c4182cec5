/**
 * Formily JSON Schema helpers that need no UI: which fields feed which facts, and how to read a submission.
 * A field feeds a fact by carrying `x-fact: <factKey>`; money fields carry their unit in x-component-props.
 */
export interface FactBinding {
  fact: string;
  /** The field's path of property names, e.g. ["properties", "basic", "properties", "totalInvestment"]. */
  path: string[];
  /** The data path of the value in the submitted form values (void containers do not add a level). */
  valuePath: string[];
  unit?: string;
}

type SchemaNode = Record<string, unknown>;

export function collectFactBindings(schema: Readonly<Record<string, unknown>>): FactBinding[] {
  const bindings: FactBinding[] = [];
  const walk = (node: SchemaNode, path: string[], valuePath: string[]) => {
    const fact = node['x-fact'];
    if (typeof fact === 'string') {
      const props = node['x-component-props'] as { unit?: unknown } | undefined;
      const unit = typeof props?.unit === 'string' ? props.unit : undefined;
      bindings.push({ fact, path, valuePath, ...(unit ? { unit } : {}) });
    }
    const properties = node['properties'];
    if (properties && typeof properties === 'object') {
      for (const [name, child] of Object.entries(properties as Record<string, SchemaNode>)) {
        const childValuePath = child['type'] === 'void' ? valuePath : [...valuePath, name];
        walk(child, [...path, 'properties', name], childValuePath);
      }
    }
  };
  walk(schema as SchemaNode, [], []);
  return bindings;
}

/** Reads a value at a data path from submitted form values. */
export function readValuePath(values: unknown, valuePath: ReadonlyArray<string>): unknown {
  return valuePath.reduce<unknown>(
    (current, key) => (current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined),
    values,
  );
}
