import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, HolderOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Button, Tag, Tooltip } from 'antd';
import { createContext, memo, useContext, type KeyboardEvent } from 'react';
import { KIND_LABEL, isContainerKind, type DesignKind } from './design-kinds';
import { intoDropId, rowDropId, type DragData, type DropData } from './design-dnd';
import { pathId, type DesignNode } from './design-tree';
import { useKeyedValue, type KeyedStore } from './keyed-store';

export interface TreeActions {
  select(path: string[] | null): void;
  move(path: string[], direction: 'up' | 'down'): void;
  indent(path: string[]): void;
  outdent(path: string[]): void;
  remove(path: string[]): void;
}

export interface TreeStores {
  selected: KeyedStore<true>;
  /** `row:<path>` → a line before the row; `into:<path>` → the container's end zone lit. */
  drop: KeyedStore<true>;
  issues: KeyedStore<string[]>;
}

export const TreeContext = createContext<{ actions: TreeActions; stores: TreeStores; readOnly: boolean } | null>(null);

function useTree() {
  const tree = useContext(TreeContext);
  if (!tree) throw new Error('DesignTreeItem outside DesignTree');
  return tree;
}

const kindLabel = (kind: DesignKind | 'unknown') => (kind === 'unknown' ? '其他' : KIND_LABEL[kind]);

/** Moves the keyboard focus to the next or previous row of the tree (arrow keys). */
function focusSibling(from: HTMLElement, step: 1 | -1) {
  const rows = [...(from.closest('[role="tree"]')?.querySelectorAll<HTMLElement>('[data-tree-row]') ?? [])];
  rows[rows.indexOf(from) + step]?.focus();
}

interface ItemProps {
  node: DesignNode;
  depth: number;
}

/**
 * One node of the tree: a row (drag it by the handle or anywhere on the row; click or Enter selects; arrows move
 * the focus; Alt+arrows move the node; Delete removes it) and, for a container, its children and its drop zone.
 * Memoised on the node's schema: an edit elsewhere leaves it alone.
 */
export const DesignTreeItem = memo(
  function TreeItemView({ node, depth }: ItemProps) {
    const { actions, stores, readOnly } = useTree();
    const id = pathId(node.path);
    const selected = useKeyedValue(stores.selected, id) === true;
    const lineBefore = useKeyedValue(stores.drop, rowDropId(node.path)) === true;
    const issues = useKeyedValue(stores.issues, id);
    const drag = useDraggable({ id: `node:${id}`, data: { type: 'node', path: node.path, kind: node.kind, title: node.title } satisfies DragData, disabled: readOnly });
    const drop = useDroppable({ id: rowDropId(node.path), data: { type: 'row', path: node.path } satisfies DropData });
    const container = isContainerKind(node.kind);
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.target !== event.currentTarget) return;
      const alt = event.altKey && !readOnly;
      if (event.key === 'Enter' || event.key === ' ') actions.select(node.path);
      else if (event.key === 'ArrowDown' && alt) actions.move(node.path, 'down');
      else if (event.key === 'ArrowUp' && alt) actions.move(node.path, 'up');
      else if (event.key === 'ArrowRight' && alt) actions.indent(node.path);
      else if (event.key === 'ArrowLeft' && alt) actions.outdent(node.path);
      else if (event.key === 'ArrowDown') focusSibling(event.currentTarget, 1);
      else if (event.key === 'ArrowUp') focusSibling(event.currentTarget, -1);
      else if ((event.key === 'Delete' || event.key === 'Backspace') && !readOnly) actions.remove(node.path);
      else if (event.key === 'Escape') actions.select(null);
      else return;
      event.preventDefault();
    };
    const required = node.field['required'] === true || typeof node.field['x-required-when'] === 'string';
    return (
      <div role="treeitem" aria-level={depth + 1} aria-selected={selected} aria-expanded={container ? true : undefined} aria-label={`${kindLabel(node.kind)}：${node.title}`}>
        <div
          ref={(element) => {
            drag.setNodeRef(element);
            drop.setNodeRef(element);
          }}
          data-tree-row={id}
          data-testid={`tree-row-${id}`}
          tabIndex={0}
          onClick={() => actions.select(node.path)}
          onKeyDown={onKeyDown}
          onPointerDown={readOnly ? undefined : (drag.listeners?.['onPointerDown'] as never)}
          className={`designer-row${selected ? ' is-selected' : ''}${lineBefore ? ' drop-before' : ''}${drag.isDragging ? ' is-dragging' : ''}`}
        >
          {!readOnly && (
            <span
              ref={drag.setActivatorNodeRef}
              {...drag.attributes}
              onKeyDown={drag.listeners?.['onKeyDown'] as never}
              className="designer-handle"
              aria-label={`拖动「${node.title}」（空格键拿起，方向键移动，空格键放下）`}
              aria-roledescription="可拖动"
            >
              <HolderOutlined />
            </span>
          )}
          <Tag color={container ? 'blue' : undefined} style={{ marginInlineEnd: 4 }}>
            {kindLabel(node.kind)}
          </Tag>
          <span className="designer-row-title">
            {node.title}
            {required && <span className="designer-required">*</span>}
          </span>
          <code className="designer-row-key">{node.key}</code>
          {typeof node.field['x-fact'] === 'string' && (
            <Tooltip title={`填入事实 ${String(node.field['x-fact'])}`}>
              <Tag color="green">事实</Tag>
            </Tooltip>
          )}
          {typeof node.field['x-visible-when'] === 'string' && (
            <Tooltip title={`显示条件：${String(node.field['x-visible-when'])}`}>
              <Tag color="purple">条件</Tag>
            </Tooltip>
          )}
          {issues && issues.length > 0 && (
            <Tooltip title={issues.join('；')}>
              <Tag color="red" data-testid="row-issues">
                {issues.length} 个问题
              </Tag>
            </Tooltip>
          )}
          {selected && !readOnly && (
            <span className="designer-row-actions" onClick={(event) => event.stopPropagation()}>
              <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label="上移" onClick={() => actions.move(node.path, 'up')} />
              <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label="下移" onClick={() => actions.move(node.path, 'down')} />
              <Button size="small" type="text" icon={<MenuUnfoldOutlined />} aria-label="移入上方的分组" onClick={() => actions.indent(node.path)} />
              <Button size="small" type="text" icon={<MenuFoldOutlined />} aria-label="移出所在分组" disabled={depth === 0} onClick={() => actions.outdent(node.path)} />
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除" onClick={() => actions.remove(node.path)} />
            </span>
          )}
        </div>
        {container && (
          <div role="group" className="designer-children">
            {(node.children ?? []).map((child) => (
              <DesignTreeItem key={child.slot} node={child} depth={depth + 1} />
            ))}
            <IntoZone path={node.path} empty={(node.children?.length ?? 0) === 0} label={node.title} />
          </div>
        )}
      </div>
    );
  },
  (before, after) =>
    sameButIndex(before.node.field, after.node.field) &&
    sameButIndex(before.node.column, after.node.column) &&
    before.node.slot === after.node.slot &&
    pathId(before.node.path) === pathId(after.node.path) &&
    before.depth === after.depth,
);

/**
 * The same node but for its x-index: inserting a node renumbers the ones after it, which show the same (the order
 * is the container's to show).
 */
function sameButIndex(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key === 'x-index' || (key in b && a[key] === b[key]));
}

/** The end of a container: where a node dropped “into” it goes (and, empty, what invites the first one). */
export function IntoZone({ path, empty, label }: { path: string[]; empty: boolean; label: string }) {
  const { stores, readOnly } = useTree();
  const lit = useKeyedValue(stores.drop, intoDropId(path)) === true;
  const drop = useDroppable({ id: intoDropId(path), data: { type: 'into', path } satisfies DropData, disabled: readOnly });
  if (readOnly && !empty) return null;
  return (
    <div ref={drop.setNodeRef} className={`designer-into${lit ? ' is-lit' : ''}${empty ? ' is-empty' : ''}`} data-testid={`into-${pathId(path) || 'root'}`}>
      {empty ? (readOnly ? '（空）' : `拖放到这里，放入「${label}」`) : lit ? `放到「${label}」末尾` : ''}
    </div>
  );
}
