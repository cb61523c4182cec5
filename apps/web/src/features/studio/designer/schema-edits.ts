/**
 * The smallest set of edits that turn one schema into another: a value set (or removed) at a path below the
 * schema. Written into the draft one by one, they let the YAML keep the author's layout and comments everywhere
 * the designer did not change anything (the draft rewrites only the text of the nodes it is given).
 */
export type SchemaEdit = { path: string[]; value: unknown } | { path: string[]; remove: true };

const isMap = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

export function schemaEdits(before: unknown, after: unknown, path: string[] = []): SchemaEdit[] {
  if (before === after) return [];
  if (!isMap(before) || !isMap(after)) return equalJson(before, after) ? [] : [{ path, value: after }];
  const edits: SchemaEdit[] = [];
  for (const key of Object.keys(before)) if (!(key in after)) edits.push({ path: [...path, key], remove: true });
  for (const [key, value] of Object.entries(after)) {
    if (!(key in before)) edits.push({ path: [...path, key], value });
    else edits.push(...schemaEdits(before[key], value, [...path, key]));
  }
  return edits;
}

function equalJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
