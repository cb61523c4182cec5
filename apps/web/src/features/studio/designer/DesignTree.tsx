import { Typography } from 'antd';
import { useMemo } from 'react';
import type { DesignNode } from './design-tree';
import { DesignTreeItem, IntoZone, TreeContext, type TreeActions, type TreeStores } from './DesignTreeItem';

/**
 * The form's structure: sections, groups and tables with their fields, in order. Nodes are dragged (or moved with
 * the keyboard: Alt+↑↓ to reorder, Alt+→ into the container above, Alt+← out of one) and selected for the
 * properties panel. Must be inside the designer's DndContext.
 */
export function DesignTree({ nodes, actions, stores, readOnly }: { nodes: DesignNode[]; actions: TreeActions; stores: TreeStores; readOnly: boolean }) {
  const context = useMemo(() => ({ actions, stores, readOnly }), [actions, stores, readOnly]);
  return (
    <TreeContext.Provider value={context}>
      <div role="tree" aria-label="表单结构" className="designer-tree" data-testid="designer-tree">
        {nodes.length === 0 && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
            从组件栏拖入或点选组件，开始设计表单。
          </Typography.Paragraph>
        )}
        {nodes.map((node) => (
          <DesignTreeItem key={node.slot} node={node} depth={0} />
        ))}
        <IntoZone path={[]} empty={nodes.length === 0} label="表单" />
      </div>
    </TreeContext.Provider>
  );
}
