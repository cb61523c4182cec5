import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip } from 'antd';
import { memo, type KeyboardEventHandler } from 'react';
import type { SchemaNode } from './design-kinds';
import { SchemaTransfer } from './SchemaTransfer';

interface Props {
  canUndo: boolean;
  canRedo: boolean;
  readOnly: boolean;
  issueCount: number;
  fileName: string;
  onUndo: () => void;
  onRedo: () => void;
  /** The schema now (read when exporting, so typing elsewhere does not re-render the toolbar). */
  getSchema: () => SchemaNode;
  onImport: (schema: SchemaNode) => void;
  onKeyDown: KeyboardEventHandler<HTMLDivElement>;
}

/** Undo and redo, import and export, and how many problems the design has. */
export const DesignerToolbar = memo(function DesignerToolbar({ canUndo, canRedo, readOnly, issueCount, fileName, onUndo, onRedo, getSchema, onImport, onKeyDown }: Props) {
  return (
    <Space wrap style={{ marginBottom: 8 }} onKeyDown={onKeyDown}>
      <Tooltip title="撤销（Ctrl+Z）">
        <Button icon={<UndoOutlined />} disabled={readOnly || !canUndo} onClick={onUndo}>
          撤销
        </Button>
      </Tooltip>
      <Tooltip title="重做（Ctrl+Shift+Z）">
        <Button icon={<RedoOutlined />} disabled={readOnly || !canRedo} onClick={onRedo}>
          重做
        </Button>
      </Tooltip>
      <SchemaTransfer getSchema={getSchema} fileName={fileName} readOnly={readOnly} onImport={onImport} />
      {issueCount > 0 ? (
        <Tag color="red" data-testid="designer-issue-count">
          {issueCount} 个问题
        </Tag>
      ) : (
        <Tag color="green">没有发现问题</Tag>
      )}
    </Space>
  );
});
