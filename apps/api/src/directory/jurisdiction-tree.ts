/** A jurisdiction of the GB/T 2260 tree with the regulations it has, and the jurisdictions under it. */
export interface JurisdictionNode {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  /** Whether the jurisdiction has a published regulation on Banfa. */
  hasPolicy: boolean;
  policies: Array<{ id: string; title: string }>;
  children: JurisdictionNode[];
}

export interface JurisdictionRow {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
}

/**
 * Builds the province → city → county tree, ordered by code. A jurisdiction whose parent is not stored is a root,
 * so the tree never loses a row.
 */
export function jurisdictionTree(
  rows: ReadonlyArray<JurisdictionRow>,
  policies: ReadonlyArray<{ id: string; title: string; jurisdictionCode: string }>,
): JurisdictionNode[] {
  const nodes = new Map<string, JurisdictionNode>();
  for (const row of [...rows].sort((a, b) => a.code.localeCompare(b.code))) {
    nodes.set(row.code, { code: row.code, name: row.name, level: row.level, hasPolicy: false, policies: [], children: [] });
  }
  for (const policy of [...policies].sort((a, b) => a.id.localeCompare(b.id))) {
    const node = nodes.get(policy.jurisdictionCode);
    if (!node) continue;
    node.policies.push({ id: policy.id, title: policy.title });
    node.hasPolicy = true;
  }
  const roots: JurisdictionNode[] = [];
  for (const row of [...rows].sort((a, b) => a.code.localeCompare(b.code))) {
    const node = nodes.get(row.code);
    const parent = row.parentCode ? nodes.get(row.parentCode) : undefined;
    if (!node) continue;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
