import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useStudioDraft, type DocumentPath } from '../studio-draft.context';
import type { ListSpec } from './element-kinds.model';
import { referenceCounter } from './element-references';
import { ItemActions } from './editors/item-list';
import { citationText } from './fields/citation.editor';
import { asList, asRecord, getIn, isPrefix } from './fields/draft-data';

/** A list of elements (审查机构, 环节 …): each with its article and problems, moved, deleted, or a new one added. */
export function ElementListView({ path, spec, onSelect }: { path: DocumentPath; spec: ListSpec; onSelect(path: DocumentPath): void }) {
  const draft = useStudioDraft();
  const items = asList(getIn(draft.data, path));
  const references = useMemo(() => referenceCounter(draft.data), [draft.data]);
  const add = () => {
    draft.appendIn(path, spec.create(draft.data, path));
    onSelect([...path, items.length]);
  };
  return (
    <section data-testid={`list-${path.join('.')}`}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {spec.label}（{items.length}）
        </Typography.Title>
        {draft.editable ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={add}>
            添加{spec.noun}
          </Button>
        ) : null}
      </div>
      {items.length === 0 ? (
        <Empty description={`尚无${spec.noun}`} />
      ) : (
        <List
          size="small"
          bordered
          dataSource={items}
          renderItem={(raw, index) => {
            const item = asRecord(raw);
            const itemPath = [...path, index];
            const issues = draft.issues.filter((issue) => isPrefix(itemPath, issue.path)).length;
            const cite = citationText(item['cite']);
            const referenced = references(raw);
            return (
              <List.Item
                data-testid={`list-item-${index}`}
                actions={
                  draft.editable
                    ? [
                        <ItemActions
                          key="actions"
                          path={path}
                          index={index}
                          count={items.length}
                          noun={spec.noun}
                          canDelete={!(spec.kind === 'step' && items.length <= 1)}
                          warning={referenced > 0 ? `文件中另有 ${referenced} 处引用它，删除后这些地方会显示错误。` : undefined}
                        />,
                      ]
                    : undefined
                }
              >
                <Space size={6} style={{ minWidth: 0, cursor: 'pointer' }} onClick={() => onSelect(itemPath)}>
                  <Typography.Link>{spec.title(item)}</Typography.Link>
                  {cite ? (
                    <Tag color="geekblue" bordered={false}>
                      {cite}
                    </Tag>
                  ) : null}
                  {issues > 0 ? <Badge count={issues} color="#cf1322" /> : null}
                </Space>
              </List.Item>
            );
          }}
        />
      )}
    </section>
  );
}
