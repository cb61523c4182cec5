import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Popconfirm, Space } from 'antd';
import type { ReactNode } from 'react';
import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { asList, asRecord, getIn, type DataRecord } from '../fields/draft-data';

/**
 * The small lists inside an element (alternatives of a setting, options of a fact, limits of a change rule, the
 * documents a policy repeals): each item in a box with its fields, moved up or down, deleted after confirmation.
 */
export function ItemList({ path, noun, create, title, render, min = 0 }: { path: DocumentPath; noun: string; create(data: DataRecord): unknown; title(item: DataRecord, index: number): ReactNode; render(itemPath: DocumentPath, item: DataRecord): ReactNode; min?: number }) {
  const draft = useStudioDraft();
  const items = asList(getIn(draft.data, path));
  return (
    <div data-testid={`items-${path.join('.')}`}>
      {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`（无${noun}）`} /> : null}
      {items.map((raw, index) => {
        const item = asRecord(raw);
        const itemPath = [...path, index];
        return (
          <Card
            key={index}
            size="small"
            style={{ marginBottom: 8 }}
            title={title(item, index)}
            extra={draft.editable ? <ItemActions path={path} index={index} count={items.length} noun={noun} canDelete={items.length > min} /> : null}
          >
            {render(itemPath, item)}
          </Card>
        );
      })}
      {draft.editable ? (
        <Button icon={<PlusOutlined />} onClick={() => draft.appendIn(path, create(draft.data))}>
          添加{noun}
        </Button>
      ) : null}
    </div>
  );
}

export function ItemActions({ path, index, count, noun, canDelete = true, warning, onMoved, onDeleted }: { path: DocumentPath; index: number; count: number; noun: string; canDelete?: boolean; warning?: ReactNode; onMoved?(to: number): void; onDeleted?(): void }) {
  const draft = useStudioDraft();
  const move = (to: number) => {
    draft.moveIn(path, index, to);
    onMoved?.(to);
  };
  return (
    <Space size={2}>
      <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index - 1)} aria-label="上移" title="上移" />
      <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={index >= count - 1} onClick={() => move(index + 1)} aria-label="下移" title="下移" />
      <Popconfirm
        title={`删除此${noun}？`}
        description={warning}
        okText="删除"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        onConfirm={() => {
          draft.deleteIn([...path, index]);
          onDeleted?.();
        }}
        disabled={!canDelete}
      >
        <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={!canDelete} aria-label="删除" title={canDelete ? '删除' : '至少须保留一项'} />
      </Popconfirm>
    </Space>
  );
}
