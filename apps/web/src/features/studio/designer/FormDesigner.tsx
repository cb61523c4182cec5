import type { ResolvedFact } from '@banfa/policy-model';
import { DndContext, DragOverlay, KeyboardSensor, MeasuringStrategy, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import { Alert, Card } from 'antd';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { designIssues, type DesignIssue } from './design-checks';
import { designCollision, dropTargetOf, intoDropId, rowDropId, sameTarget, type DragData, type DropTarget } from './design-dnd';
import { useDesignHistory } from './design-history';
import { KIND_LABEL, type DesignKind, type SchemaNode } from './design-kinds';
import { insertNew, moveNode, removeNode, renameNode, type OpResult } from './design-ops';
import { accepts, designTree, findNode, pathId, type DesignNode } from './design-tree';
import { DesignPalette } from './DesignPalette';
import { DesignPreview } from './DesignPreview';
import { DesignTree } from './DesignTree';
import type { TreeActions, TreeStores } from './DesignTreeItem';
import { createKeyedStore } from './keyed-store';
import { PropertiesPanel } from './properties/PropertiesPanel';
import { DesignerToolbar } from './DesignerToolbar';
import { useStableCallback } from './use-stable-callback';
import { insertionPoint, neighbourMoves } from './designer-placement';
import './form-designer.css';

export interface FormDesignerProps {
  /** The form's Formily JSON Schema (type: object), as the policy stores it. */
  schema: SchemaNode;
  onChange: (next: SchemaNode) => void;
  /** The document's facts: what fields may feed (x-fact) and conditions may read. */
  facts?: ReadonlyArray<ResolvedFact>;
  readOnly?: boolean;
  /** The name an exported file gets. */
  fileName?: string;
}

const NO_FACTS: ReadonlyArray<ResolvedFact> = [];
/**
 * A click is not a drag: 4 px first. A constant: dnd-kit memoises its sensors on these options, and new sensors would
 * re-render every row of the tree on every keystroke.
 */
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
/**
 * Drop zones measured while dragging (dnd-kit's default, stated): measuring them all the time would measure the rows
 * of a 300-field form on every edit. The drop position reads the live pointer, so a page that moves is still right.
 */
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

const ANNOUNCEMENTS = {
  onDragStart: () => '已拿起。用方向键移动，空格键放下，Esc 取消。',
  onDragOver: ({ over }: { over: { id: string | number } | null }) => (over ? '可放在此处。' : '此处不能放下。'),
  onDragEnd: ({ over }: { over: { id: string | number } | null }) => (over ? '已放下。' : '已放下，位置未变。'),
  onDragCancel: () => '已取消移动。',
};

/**
 * The form designer: a palette of components, the form's structure (drag and drop, or keyboard), the properties
 * of the selected node, and a live preview that can be filled and submitted. Controlled: every edit goes out as a
 * new schema through `onChange` (undo and redo too: the buttons, Ctrl+Z and Ctrl+Shift+Z).
 */
/**
 * The design's issues. They type-check every condition: off the keystroke's path, they follow once typing pauses,
 * and a new list (a render) only when they changed.
 */
function useDesignIssues(schema: SchemaNode, facts: ReadonlyArray<ResolvedFact>): DesignIssue[] {
  const [issues, setIssues] = useState<{ json: string; list: DesignIssue[] }>(() => {
    const list = designIssues(schema, facts);
    return { json: JSON.stringify(list), list };
  });
  useEffect(() => {
    const timer = setTimeout(() => {
      const list = designIssues(schema, facts);
      const json = JSON.stringify(list);
      setIssues((before) => (before.json === json ? before : { json, list }));
    }, ISSUE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [schema, facts]);
  return issues.list;
}

const ISSUE_DELAY_MS = 400;

export const FormDesigner = memo(function FormDesigner({ schema, onChange, facts = NO_FACTS, readOnly = false, fileName = 'form.schema.json' }: FormDesignerProps) {
  const history = useDesignHistory(schema, onChange);
  const [selected, setSelected] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState<DragData | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);
  const stores = useMemo<TreeStores>(() => ({ selected: createKeyedStore(), drop: createKeyedStore(), issues: createKeyedStore() }), []);
  const nodes = useMemo(() => designTree(schema), [schema]);
  const selectedNode = useMemo(() => (selected ? findNode(schema, selected) ?? null : null), [schema, selected]);
  const issues = useDesignIssues(schema, facts);
  const issuesByNode = useMemo(() => {
    const byNode = new Map<string, string[]>();
    for (const issue of issues) byNode.set(pathId(issue.path), [...(byNode.get(pathId(issue.path)) ?? []), issue.message]);
    return byNode;
  }, [issues]);

  useEffect(() => stores.issues.set(issuesByNode), [stores, issuesByNode]);
  const selectedId = selectedNode ? pathId(selectedNode.path) : null;
  useEffect(() => stores.selected.set(new Map(selectedId !== null ? [[selectedId, true as const]] : [])), [stores, selectedId]);
  const schemaNow = useRef(schema);
  schemaNow.current = schema;
  useEffect(() => {
    const lit = new Map<string, true>();
    if (target) {
      const siblings = target.parent.length === 0 ? designTree(schemaNow.current) : findNode(schemaNow.current, target.parent)?.children ?? [];
      const at = siblings[target.index];
      lit.set(at ? rowDropId(at.path) : intoDropId(target.parent), true);
    }
    stores.drop.set(lit);
  }, [stores, target]);

  const apply = useCallback(
    (result: OpResult) => {
      if (!result.ok) {
        setNotice(result.message);
        return false;
      }
      setNotice(null);
      history.commit(result.schema);
      setSelected(result.path);
      return true;
    },
    [history],
  );

  const placement = insertionPoint(schema, selectedNode).label;
  const add = useStableCallback((kind: DesignKind) => {
    const point = insertionPoint(history.current(), selectedNode, kind);
    apply(insertNew(history.current(), point.parent, kind, point.index));
  });

  // After a move from the keyboard the focus stays on the moved row (its element is a new one).
  const [focusPath, setFocusPath] = useState<string[] | null>(null);
  useEffect(() => {
    if (!focusPath) return;
    const id = pathId(focusPath);
    [...document.querySelectorAll<HTMLElement>('[data-tree-row]')].find((row) => row.dataset['treeRow'] === id)?.focus();
    setFocusPath(null);
  }, [focusPath]);
  const moveTo = (result: OpResult) => {
    if (latest.current.apply(result) && result.ok) setFocusPath(result.path);
  };
  const latest = useRef({ apply, history, moveTo });
  latest.current = { apply, history, moveTo };
  const actions = useMemo<TreeActions>(
    () => ({
      select: (path) => setSelected(path),
      move: (path, direction) => {
        const move = neighbourMoves(latest.current.history.current(), path)[direction];
        if (move) latest.current.moveTo(moveNode(latest.current.history.current(), path, move.parent, move.index));
      },
      indent: (path) => {
        const move = neighbourMoves(latest.current.history.current(), path).indent;
        if (move) latest.current.moveTo(moveNode(latest.current.history.current(), path, move.parent, move.index));
        else setNotice('上方没有可放入的分组');
      },
      outdent: (path) => {
        const move = neighbourMoves(latest.current.history.current(), path).outdent;
        if (move) latest.current.moveTo(moveNode(latest.current.history.current(), path, move.parent, move.index));
      },
      remove: (path) => {
        const current = latest.current.history.current();
        const siblings = findNode(current, path.slice(0, -1))?.children ?? (path.length === 1 ? designTree(current) : []);
        const at = siblings.findIndex((node) => node.slot === path[path.length - 1]);
        const next = siblings[at + 1] ?? siblings[at - 1];
        latest.current.history.commit(removeNode(current, path));
        setSelected(next ? next.path : path.length > 1 ? path.slice(0, -1) : null);
      },
    }),
    [],
  );

  const undo = useStableCallback(() => {
    history.undo();
    setNotice(null);
  });
  const redo = useStableCallback(() => {
    history.redo();
    setNotice(null);
  });
  const importSchema = useStableCallback((next: SchemaNode) => history.commit(next));
  const onKeyDown = useStableCallback((event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.ctrlKey || event.metaKey) || readOnly) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
    else return;
    event.preventDefault();
  });

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor));
  // Where the pointer is during a drag (null: dragged with the keyboard).
  const pointer = useRef<number | null>(null);
  useEffect(() => {
    const track = (event: PointerEvent) => (pointer.current = event.clientY);
    window.addEventListener('pointermove', track, { capture: true, passive: true });
    return () => window.removeEventListener('pointermove', track, { capture: true });
  }, []);
  const siblingSlots = (parent: string[]) => (parent.length === 0 ? designTree(history.current()) : findNode(history.current(), parent)?.children ?? []).map((node) => node.slot);
  const onDragStart = (event: DragStartEvent) => {
    pointer.current = event.activatorEvent && 'clientY' in event.activatorEvent ? (event.activatorEvent as PointerEvent).clientY : null;
    setDragging((event.active.data.current as DragData | undefined) ?? null);
  };
  const onDragMove = (event: DragMoveEvent) => {
    const next = dropTargetOf(event, pointer.current, siblingSlots);
    const data = event.active.data.current as DragData | undefined;
    const allowed = next && data && accepts(schema, next.parent, data.kind) ? next : null;
    setTarget((before) => (sameTarget(before, allowed) ? before : allowed));
  };
  const onDragEnd = (event: DragEndEvent) => {
    const data = event.active.data.current as DragData | undefined;
    const drop = dropTargetOf(event, pointer.current, siblingSlots);
    setDragging(null);
    setTarget(null);
    if (!data || !drop || readOnly) return;
    if (data.type === 'palette') apply(insertNew(history.current(), drop.parent, data.kind, drop.index));
    else apply(moveNode(history.current(), data.path, drop.parent, drop.index));
  };

  const { commit } = history;
  const onEdit = useCallback((edit: (current: SchemaNode) => SchemaNode, coalesce?: string) => void commit(edit, coalesce), [commit]);
  const onRename = useStableCallback((key: string) => {
    if (!selectedNode) return undefined;
    const result = renameNode(history.current(), selectedNode.path, key);
    if (!result.ok) return result.message;
    apply(result);
    return undefined;
  });
  const onDeselect = useStableCallback(() => setSelected(null));

  return (
    <div className="form-designer" data-testid="form-designer">
      <div>
        <DesignerToolbar
          canUndo={history.canUndo}
          canRedo={history.canRedo}
          readOnly={readOnly}
          issueCount={issues.length}
          fileName={fileName}
          onUndo={undo}
          onRedo={redo}
          getSchema={history.current}
          onImport={importSchema}
          onKeyDown={onKeyDown}
        />
        {notice && <Alert type="warning" showIcon closable onClose={() => setNotice(null)} message={notice} style={{ marginBottom: 8 }} data-testid="designer-notice" />}
        <DndContext sensors={sensors} measuring={MEASURING} collisionDetection={designCollision} onDragStart={onDragStart} onDragMove={onDragMove} onDragEnd={onDragEnd} onDragCancel={() => (setDragging(null), setTarget(null))} accessibility={{ announcements: ANNOUNCEMENTS as never, screenReaderInstructions: { draggable: '按空格键拿起此项，用方向键移动，再按空格键放下，按 Esc 取消。也可选中后用 Alt+方向键移动。' } }}>
          <div className="form-designer-grid">
            {/* Ctrl+Z undoes the design from the palette, the structure and the properties, not while filling the preview. */}
            <Card size="small" title="组件" className="designer-area-palette" onKeyDown={onKeyDown}>
              <DesignPalette onAdd={add} placement={placement} readOnly={readOnly} />
            </Card>
            <Card size="small" title="表单结构" className="designer-area-tree" onKeyDown={onKeyDown}>
              <DesignTree nodes={nodes} actions={actions} stores={stores} readOnly={readOnly} />
            </Card>
            <Card size="small" title="属性" className="designer-area-props" onKeyDown={onKeyDown}>
              <PropertiesPanel schema={schema} node={selectedNode} facts={facts} issues={selectedNode ? issuesByNode.get(pathId(selectedNode.path)) ?? [] : []} readOnly={readOnly} onEdit={onEdit} onRename={onRename} onDeselect={onDeselect} />
            </Card>
            <Card size="small" title="预览（可填写、可提交）" className="designer-area-preview">
              <DesignPreview schema={schema} facts={facts} />
            </Card>
          </div>
          <DragOverlay dropAnimation={null}>{dragging ? <div className="designer-drag-chip">{dragging.type === 'palette' ? `添加${KIND_LABEL[dragging.kind]}` : dragging.title}</div> : null}</DragOverlay>
        </DndContext>
      </div>
    </div>
  );
});

export type { DesignNode };
