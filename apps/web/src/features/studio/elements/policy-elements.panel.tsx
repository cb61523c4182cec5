import { Alert, Empty } from 'antd';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { StudioDraftContext, useStudioDraft, type DocumentPath } from '../studio-draft.context';
import { ElementListView } from './element-list.view';
import { ElementEditor } from './element.editor';
import './elements.css';
import { isPrefix, samePath } from './fields/draft-data';
import { useFormsDraft } from './forms-draft';
import { ElementTree } from './navigation/element-tree';
import { ancestorKeys, buildTree, findNode, nodeForPath, nodeKey, type NavNode } from './navigation/element-tree.model';

/**
 * Every part of the open version edited through forms: a navigation of the parts (with counts and problems) and the
 * editor of the selected one. Follows the YAML pane: the element under its cursor is selected here, and the element
 * selected here is shown there (draft.focus).
 */
export function PolicyElementsPanel() {
  const draft = useStudioDraft();
  // A text that is not YAML (or not a mapping) has no fields to edit: the forms wait for the YAML pane's fix.
  const broken = draft.issues.filter((issue) => issue.path.length === 0);
  const forms = useFormsDraft(draft, broken.length === 0);
  // Most edits change no title, count or problem: the navigation then keeps its identity and is not rendered again.
  const lastTree = useRef<{ signature: string; tree: NavNode[] } | null>(null);
  const tree = useMemo(() => {
    const next = buildTree(forms.data, forms.issues);
    const signature = JSON.stringify(next);
    if (lastTree.current?.signature === signature) return lastTree.current.tree;
    lastTree.current = { signature, tree: next };
    return next;
  }, [forms.data, forms.issues]);
  const [selected, setSelected] = useState<DocumentPath>([]);
  const [expanded, setExpanded] = useState<string[]>(['stages']);
  const node = findNode(tree, nodeKey(selected)) ?? fallback(tree, selected);

  const select = (path: DocumentPath) => {
    const key = nodeKey(path);
    setSelected(path);
    setExpanded((keys) => [...new Set([...keys, ...ancestorKeys(tree, key), key])]);
    draft.setFocus(path.length === 0 ? ['title'] : path);
  };

  const current = useRef({ tree, select });
  current.current = { tree, select };
  const selectKey = useCallback((key: string) => {
    const target = findNode(current.current.tree, key);
    if (target) current.current.select(target.path);
  }, []);
  const selectPath = useCallback((path: DocumentPath) => current.current.select(path), []);

  // The YAML pane moved: show the element under its cursor, unless it is inside the one already shown.
  const lastFocus = useRef(draft.focus);
  useEffect(() => {
    const focus = draft.focus;
    if (samePath(focus, lastFocus.current) || !focus) return;
    lastFocus.current = focus;
    const target = nodeForPath(tree, focus);
    if (!target || samePath(target.path, selected) || (selected.length > 0 && isPrefix(selected, focus) && node?.kind !== 'list')) return;
    setSelected(target.path);
    setExpanded((keys) => [...new Set([...keys, ...ancestorKeys(tree, target.key)])]);
  }, [draft.focus, tree, selected, node]);

  return (
    <div data-testid="policy-elements" className="banfa-elements">
      <nav className="banfa-elements-nav" aria-label="政策要素">
        <ElementTree tree={tree} selected={node?.key ?? ''} expanded={expanded} onExpand={setExpanded} onSelect={selectKey} />
      </nav>
      <main className="banfa-elements-main">
        {!draft.editable ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message="此版本已发布，只能查看；如需修改，请基于它新建草稿。" /> : null}
        {broken.length > 0 ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            message="YAML 无法读取，表单暂不能编辑"
            description={broken.map((issue) => `${issue.line !== undefined ? `第 ${issue.line} 行：` : ''}${issue.message}`).join('；')}
          />
        ) : null}
        <StudioDraftContext.Provider value={forms}>{node ? <Selected node={node} onSelect={selectPath} /> : <Empty description="请选择左侧的要素" />}</StudioDraftContext.Provider>
      </main>
    </div>
  );
}

/** The selected part's view; rendered again when its node changes or the forms' draft does (not at each save step). */
const Selected = memo(function Selected({ node, onSelect }: { node: NavNode; onSelect(path: DocumentPath): void }) {
  if (node.kind === 'list' && node.list) return <ElementListView key={node.key} path={node.path} spec={node.list} onSelect={onSelect} />;
  if (node.kind === 'list') return null;
  // Keyed by path: switching elements remounts the fields, so text still being typed is written where it belongs.
  return <ElementEditor key={node.key} path={node.path} kind={node.kind} onSelect={onSelect} />;
});

/** An element that is gone (deleted, or its list shortened in the YAML): show the nearest thing still there. */
function fallback(tree: ReadonlyArray<NavNode>, path: DocumentPath): NavNode | undefined {
  for (let length = path.length - 1; length >= 0; length--) {
    const found = findNode(tree, nodeKey(path.slice(0, length)));
    if (found) return found;
  }
  return tree[0];
}
