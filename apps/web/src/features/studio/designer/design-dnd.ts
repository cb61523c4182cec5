import { closestCenter, pointerWithin, type Active, type CollisionDetection, type DragMoveEvent, type Over } from '@dnd-kit/core';
import type { DesignKind } from './design-kinds';
import { isWithin, type NodePath } from './design-tree';

/**
 * Drag and drop in the designer (dnd-kit). What is dragged: a palette item (a new node) or a tree node. Where it
 * lands: before or after a node (by which half of its row the pointer is in), or at the end of a container (its
 * drop zone below its children). Nothing moves while dragging; a line shows where the node will go.
 */
export type DragData = { type: 'palette'; kind: DesignKind } | { type: 'node'; path: string[]; kind: DesignKind | 'unknown'; title: string };
/** Where a drop zone is; its position among its siblings is read from the schema when dropping (rows that only moved down are not re-rendered). */
export type DropData = { type: 'row'; path: string[] } | { type: 'into'; path: string[] };

export interface DropTarget {
  parent: string[];
  index: number;
}

export const paletteDragId = (kind: DesignKind) => `palette:${kind}`;
export const rowDropId = (path: NodePath) => `row:${path.join('/')}`;
export const intoDropId = (path: NodePath) => `into:${path.join('/')}`;

/**
 * The pointer's droppable, the innermost when several contain it; with the keyboard (no pointer) the closest one.
 * A node is never dropped into itself or what it contains.
 */
export const designCollision: CollisionDetection = (args) => {
  const dragged = args.active.data.current as DragData | undefined;
  const candidates =
    dragged?.type === 'node'
      ? args.droppableContainers.filter((container) => {
          const data = container.data.current as DropData | undefined;
          return !data || !isWithin(data.path, dragged.path);
        })
      : args.droppableContainers;
  const within = pointerWithin({ ...args, droppableContainers: candidates });
  if (within.length > 0) {
    const area = (id: string | number) => {
      const rect = args.droppableRects.get(id);
      return rect ? rect.width * rect.height : Infinity;
    };
    return [...within].sort((a, b) => area(a.id) - area(b.id)).slice(0, 1);
  }
  return closestCenter({ ...args, droppableContainers: candidates });
};

/**
 * The vertical position of the pointer (as the last pointer event had it: the page may have scrolled since the drag
 * began), or of the dragged item's centre with the keyboard.
 */
function pointerY(active: Active, pointer: number | null): number | null {
  if (pointer !== null) return pointer;
  const rect = active.rect.current.translated;
  return rect ? rect.top + rect.height / 2 : null;
}

/**
 * Where a drag would drop now; `pointer` is the pointer's clientY (null with the keyboard), `siblings` the slots of
 * a container's children as the schema has them now.
 */
export function dropTargetOf(event: Pick<DragMoveEvent, 'active' | 'over'>, pointer: number | null, siblings: (parent: string[]) => string[]): DropTarget | null {
  const over: Over | null = event.over;
  const data = over?.data.current as DropData | undefined;
  if (!over || !data) return null;
  if (data.type === 'into') return { parent: data.path, index: siblings(data.path).length };
  const y = pointerY(event.active, pointer);
  const before = y === null || y < over.rect.top + over.rect.height / 2;
  const parent = data.path.slice(0, -1);
  const index = siblings(parent).indexOf(data.path[data.path.length - 1] as string);
  return index < 0 ? null : { parent, index: index + (before ? 0 : 1) };
}

export const sameTarget = (a: DropTarget | null, b: DropTarget | null) =>
  a === b || (!!a && !!b && a.index === b.index && a.parent.length === b.parent.length && a.parent.every((slot, i) => slot === b.parent[i]));
