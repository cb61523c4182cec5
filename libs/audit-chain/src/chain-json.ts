/**
 * JSON with object keys sorted at every level. The audit chain keeps its own copy rather than sharing one:
 * stored hashes depend on this exact text, so it must never change with another library's needs
 * (entry-hash.spec.ts pins it with a fixed vector).
 */
export function chainJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
