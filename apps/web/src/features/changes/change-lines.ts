/**
 * The change lines (原小计 / 现小计) a change form's lists carry, as the api reads them ({old: "5000元", new: …}).
 * A change form feeds the change rules through fields named like the runtime's ChangeLine — `oldSubtotal` and
 * `newSubtotal` — in the rows of any list (ArrayTable), each amount with the unit its MoneyInput declares.
 */
type SchemaNode = Record<string, unknown>;

interface LineList {
  path: string[];
  units: { old: string; new: string };
}

function unitOf(node: SchemaNode | undefined): string {
  const props = node?.['x-component-props'] as { unit?: string } | undefined;
  return props?.unit ?? '元';
}

/** Finds a field by name among a node's properties, looking through void wrappers (columns, sections). */
function findField(node: SchemaNode, name: string): SchemaNode | undefined {
  const properties = (node['properties'] ?? {}) as Record<string, SchemaNode>;
  for (const [key, child] of Object.entries(properties)) {
    if (key === name && child['type'] !== 'void') return child;
    if (child['type'] === 'void') {
      const found = findField(child, name);
      if (found) return found;
    }
  }
  return undefined;
}

function lineLists(node: SchemaNode, path: string[] = []): LineList[] {
  const lists: LineList[] = [];
  const properties = (node['properties'] ?? {}) as Record<string, SchemaNode>;
  for (const [key, child] of Object.entries(properties)) {
    const childPath = child['type'] === 'void' ? path : [...path, key];
    if (child['type'] === 'array' && child['items'] && typeof child['items'] === 'object') {
      const items = child['items'] as SchemaNode;
      const oldField = findField(items, 'oldSubtotal');
      const newField = findField(items, 'newSubtotal');
      if (oldField || newField) lists.push({ path: childPath, units: { old: unitOf(oldField), new: unitOf(newField) } });
    } else {
      lists.push(...lineLists(child, childPath));
    }
  }
  return lists;
}

function read(values: unknown, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), values);
}

export function changeLines(schema: SchemaNode, values: unknown): Array<{ old?: string; new?: string }> {
  const lines: Array<{ old?: string; new?: string }> = [];
  for (const list of lineLists(schema)) {
    const rows = read(values, list.path);
    if (!Array.isArray(rows)) continue;
    for (const row of rows) {
      const record = (row ?? {}) as Record<string, unknown>;
      const amount = (value: unknown, unit: string) => (typeof value === 'string' && value.trim() !== '' ? `${value.trim()}${unit}` : undefined);
      const before = amount(record['oldSubtotal'], list.units.old);
      const after = amount(record['newSubtotal'], list.units.new);
      if (before !== undefined || after !== undefined) lines.push({ ...(before ? { old: before } : {}), ...(after ? { new: after } : {}) });
    }
  }
  return lines;
}
