type SchemaNode = Record<string, unknown>;

/**
 * A cell of an array table has no title of its own (its column has it, as the 附表 do), and ArrayTable renders the
 * cell under the array, not under its column. Give each cell its column's title in `x-data.cellLabel`, so that
 * `labelled` can name the control “系统功能（第2行）”. Copy on write: a schema without tables comes back as it was.
 */
export function withCellLabels(schema: Readonly<Record<string, unknown>>, cache: WeakMap<SchemaNode, SchemaNode> = new WeakMap()): Record<string, unknown> {
  const rewrite = (node: SchemaNode, column: string | undefined): SchemaNode => {
    // A node's result depends on the column above it only for a column's direct cells, which a column owns.
    const kept = column === undefined ? cache.get(node) : undefined;
    if (kept) return kept;
    let copy: SchemaNode | null = null;
    const title = (node['x-component-props'] as { title?: unknown } | undefined)?.title;
    const own = node['x-component'] === 'ArrayTable.Column' && typeof title === 'string' ? title : undefined;
    if (column !== undefined && node['type'] !== 'void' && typeof node['title'] !== 'string') {
      copy = { ...node, 'x-data': { ...((node['x-data'] as SchemaNode | undefined) ?? {}), cellLabel: column } };
    }
    for (const key of ['properties', 'items'] as const) {
      const children = node[key];
      if (!children || typeof children !== 'object' || Array.isArray(children)) continue;
      if (key === 'items') {
        const next = rewrite(children as SchemaNode, undefined);
        if (next !== children) (copy ??= { ...node })[key] = next;
        continue;
      }
      let changed = false;
      const entries = Object.entries(children as Record<string, SchemaNode>).map(([name, child]) => {
        const next = child && typeof child === 'object' ? rewrite(child, own) : child;
        if (next !== child) changed = true;
        return [name, next] as const;
      });
      if (changed) (copy ??= { ...node })[key] = Object.fromEntries(entries);
    }
    const result = copy ?? node;
    if (column === undefined) cache.set(node, result);
    return result;
  };
  return rewrite(schema as SchemaNode, undefined);
}
