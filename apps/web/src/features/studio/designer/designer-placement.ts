import { isContainerKind, type DesignKind, type SchemaNode } from './design-kinds';
import { accepts, designTree, findNode, type DesignNode, type NodePath } from './design-tree';

export interface Placement {
  parent: string[];
  /** Before the node now at this index; undefined: at the end. */
  index?: number;
  label: string;
}

/**
 * Where a node added from the palette goes: into the selected container (at its end), else right after the
 * selected node; if that place cannot hold the kind (a section into a table), after the nearest container that
 * can; with nothing selected, at the end of the form.
 */
export function insertionPoint(schema: SchemaNode, selected: DesignNode | null, kind?: DesignKind): Placement {
  const fits = (parent: NodePath) => kind === undefined || accepts(schema, parent, kind);
  if (selected && isContainerKind(selected.kind) && fits(selected.path)) return { parent: selected.path, label: `「${selected.title}」末尾` };
  let path: string[] | null = selected ? selected.path : null;
  while (path && path.length > 0) {
    const parent = path.slice(0, -1);
    if (fits(parent)) {
      const siblings = parent.length === 0 ? designTree(schema) : findNode(schema, parent)?.children ?? [];
      const index = siblings.findIndex((node) => node.slot === path?.[path.length - 1]);
      const after = findNode(schema, path);
      return { parent, index: index + 1, label: `「${after?.title ?? ''}」之后` };
    }
    path = parent;
  }
  return { parent: [], label: '表单末尾' };
}

type Move = { parent: string[]; index?: number } | null;

/**
 * The keyboard's moves of a node: up and down among its siblings (out of its container past the first or last),
 * into the container just above it (indent), out of its container (outdent), as moveNode's targets.
 */
export function neighbourMoves(schema: SchemaNode, path: NodePath): { up: Move; down: Move; indent: Move; outdent: Move } {
  const parent = path.slice(0, -1);
  const siblings = parent.length === 0 ? designTree(schema) : findNode(schema, parent)?.children ?? [];
  const index = siblings.findIndex((node) => node.slot === path[path.length - 1]);
  const node = siblings[index];
  const outer = parent.slice(0, -1);
  const outerSiblings = outer.length === 0 ? designTree(schema) : findNode(schema, outer)?.children ?? [];
  const parentIndex = outerSiblings.findIndex((candidate) => candidate.slot === parent[parent.length - 1]);
  const canLeave = parent.length > 0 && !!node && accepts(schema, outer, node.kind);
  const previous = siblings[index - 1];
  return {
    up: index > 0 ? { parent, index: index - 1 } : canLeave ? { parent: outer, index: parentIndex } : null,
    down: index < siblings.length - 1 ? { parent, index: index + 2 } : canLeave ? { parent: outer, index: parentIndex + 1 } : null,
    indent: previous && node && isContainerKind(previous.kind) && accepts(schema, previous.path, node.kind) ? { parent: previous.path } : null,
    outdent: canLeave ? { parent: outer, index: parentIndex + 1 } : null,
  };
}
