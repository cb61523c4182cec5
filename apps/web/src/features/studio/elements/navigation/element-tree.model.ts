import type { PolicyIssue } from '@banfa/policy-model';
import type { DocumentPath } from '../../studio-draft.context';
import { IDENTITY_KEYS, LISTS, TOP_LISTS, type ElementKind, type ListSpec } from '../element-kinds.model';
import { asList, asRecord, isPrefix, type DataRecord } from '../fields/draft-data';

/** One entry of the navigation: a part of the document, a list of elements, or one element. */
export interface NavNode {
  key: string;
  path: DocumentPath;
  /** 'list' for a list of elements; otherwise the kind of the element shown. */
  kind: ElementKind | 'list';
  title: string;
  /** For a list: its spec and how many elements it has. */
  list?: ListSpec;
  count?: number;
  /** Validation problems at or below this node. */
  issues: number;
  children?: NavNode[];
}

export const IDENTITY_KEY = '@identity';

export function nodeKey(path: DocumentPath): string {
  return path.length === 0 ? IDENTITY_KEY : path.join('/');
}

/** The navigation of a document as it stands, with the number of problems under each node. */
export function buildTree(data: DataRecord, issues: ReadonlyArray<PolicyIssue>): NavNode[] {
  const count = (path: DocumentPath) => issues.filter((issue) => isPrefix(path, issue.path)).length;
  const identityIssues = issues.filter((issue) => issue.path.length === 0 || IDENTITY_KEYS.includes(String(issue.path[0]))).length;

  const listNode = (path: DocumentPath, spec: ListSpec, items: unknown[], children?: (itemPath: DocumentPath, item: DataRecord) => NavNode[]): NavNode => ({
    key: nodeKey(path),
    path,
    kind: 'list',
    title: spec.label,
    list: spec,
    count: items.length,
    issues: count(path),
    children: items.map((raw, index) => {
      const itemPath = [...path, index];
      const item = asRecord(raw);
      const nested = children?.(itemPath, item);
      return { key: nodeKey(itemPath), path: itemPath, kind: spec.kind, title: spec.title(item), issues: count(itemPath), ...(nested ? { children: nested } : {}) };
    }),
  });

  const nodes: NavNode[] = [{ key: IDENTITY_KEY, path: [], kind: 'identity', title: '基本信息与状态', issues: identityIssues }];
  for (const name of TOP_LISTS) {
    const spec = LISTS[name] as ListSpec;
    const items = asList(data[name]);
    if (name === 'stages') {
      nodes.push(
        listNode([name], spec, items, (stagePath, stage) => [
          listNode([...stagePath, 'steps'], LISTS['steps'] as ListSpec, asList(stage['steps'])),
          listNode([...stagePath, 'attachments'], LISTS['attachments'] as ListSpec, asList(stage['attachments'])),
        ]),
      );
    } else {
      nodes.push(listNode([name], spec, items));
    }
    if (name === 'settings') {
      nodes.push({ key: nodeKey(['counting']), path: ['counting'], kind: 'counting', title: '期限计算规则', issues: count(['counting']) });
    }
  }
  return nodes;
}

/** The node a document path falls in (the YAML pane's cursor, an issue): the deepest one containing it. */
export function nodeForPath(tree: ReadonlyArray<NavNode>, path: DocumentPath): NavNode | undefined {
  if (path.length === 0 || IDENTITY_KEYS.includes(String(path[0]))) return tree[0];
  let found: NavNode | undefined;
  let level: ReadonlyArray<NavNode> | undefined = tree;
  while (level) {
    const next: NavNode | undefined = level.find((node) => node.path.length > 0 && isPrefix(node.path, path));
    if (!next) break;
    found = next;
    level = next.children;
  }
  return found;
}

export function findNode(tree: ReadonlyArray<NavNode>, key: string): NavNode | undefined {
  for (const node of tree) {
    if (node.key === key) return node;
    const inner = node.children ? findNode(node.children, key) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** The keys of a node's ancestors, to expand the tree down to it. */
export function ancestorKeys(tree: ReadonlyArray<NavNode>, key: string): string[] {
  for (const node of tree) {
    if (node.key === key) return [];
    if (node.children) {
      const inner = ancestorKeys(node.children, key);
      if (inner.length > 0 || node.children.some((child) => child.key === key)) return [node.key, ...inner];
    }
  }
  return [];
}
