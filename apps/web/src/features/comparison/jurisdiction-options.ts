/** A node of GET /api/jurisdictions (the GB/T 2260 tree, each with the regulations it has on Banfa). */
export interface JurisdictionNode {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  hasPolicy: boolean;
  policies: Array<{ id: string; title: string }>;
  children: JurisdictionNode[];
}

export interface JurisdictionOption {
  value: string;
  /** 连平县（441623） */
  label: string;
  /** 广东省 / 河源市 / 连平县: shown as a hint and searched. */
  path: string;
}

/** The jurisdictions that have a published regulation, in code order, with where they lie. */
export function comparableJurisdictions(tree: ReadonlyArray<JurisdictionNode>): JurisdictionOption[] {
  const options: JurisdictionOption[] = [];
  const walk = (nodes: ReadonlyArray<JurisdictionNode>, parents: string[]) => {
    for (const node of nodes) {
      const path = [...parents, node.name];
      if (node.hasPolicy) options.push({ value: node.code, label: `${node.name}（${node.code}）`, path: path.join(' / ') });
      walk(node.children, path);
    }
  };
  walk(tree, []);
  return options.sort((a, b) => a.value.localeCompare(b.value));
}

/** At most this many jurisdictions are selected when the page opens (all five seeds fit). */
export const DEFAULT_SELECTION_LIMIT = 8;

/** What the page compares when it opens: every jurisdiction with a regulation, up to the limit. */
export function defaultSelection(options: ReadonlyArray<JurisdictionOption>, limit = DEFAULT_SELECTION_LIMIT): string[] {
  return options.slice(0, limit).map((option) => option.value);
}
