import { Badge, Tooltip, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { memo, useMemo } from 'react';
import type { NavNode } from './element-tree.model';

/**
 * The parts of the document, each list with its count and each node with the number of problems under it. Rendered
 * again only when the navigation itself changes (not at every save-state change of the draft).
 */
export const ElementTree = memo(function ElementTree({ tree, selected, expanded, onSelect, onExpand }: { tree: NavNode[]; selected: string; expanded: string[]; onSelect(key: string): void; onExpand(keys: string[]): void }) {
  const treeData = useMemo(() => tree.map(toData), [tree]);
  return (
    <Tree
      blockNode
      showLine={{ showLeafIcon: false }}
      treeData={treeData}
      selectedKeys={[selected]}
      expandedKeys={expanded}
      onExpand={(keys) => onExpand(keys.map(String))}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(String(key));
      }}
      data-testid="element-tree"
    />
  );
});

function toData(node: NavNode): DataNode {
  return {
    key: node.key,
    title: <NodeTitle node={node} />,
    children: node.children?.map(toData),
  };
}

function NodeTitle({ node }: { node: NavNode }) {
  return (
    <span data-testid={`nav-${node.key}`} style={{ display: 'flex', alignItems: 'center', gap: 6, minWidth: 0 }}>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', flex: '0 1 auto', fontWeight: node.kind === 'list' || node.kind === 'identity' || node.kind === 'counting' ? 500 : 400 }}>
        {node.title}
      </span>
      {node.count !== undefined ? <Badge count={node.count} showZero color="#d9e1ec" style={{ color: '#334' }} /> : null}
      {node.issues > 0 ? (
        <Tooltip title={`${node.issues} 处问题`}>
          <Badge count={node.issues} color="#cf1322" data-testid="nav-issues" />
        </Tooltip>
      ) : null}
    </span>
  );
}
