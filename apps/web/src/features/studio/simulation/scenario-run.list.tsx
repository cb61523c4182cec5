import type { PolicyDocument } from '@banfa/policy-model';
import { Button, List, Space, Tag, Typography } from 'antd';
import { formatChineseDate } from '../../procedure/format-date';
import { describeMismatch } from './scenario-mismatch.describe';
import type { ScenarioRun } from './scenario-runs';

/** The scenarios with their result: 通过, or 未通过 with each expectation that did not hold, in words. */
export function ScenarioRunList({
  runs,
  doc,
  editable,
  onOpen,
  onEdit,
  onRemove,
}: {
  runs: ReadonlyArray<ScenarioRun>;
  doc: PolicyDocument | null;
  editable: boolean;
  onOpen: (run: ScenarioRun) => void;
  onEdit: (run: ScenarioRun) => void;
  onRemove: (run: ScenarioRun) => void;
}) {
  return (
    <List
      size="small"
      bordered
      dataSource={[...runs]}
      locale={{ emptyText: '没有未通过的场景' }}
      renderItem={(run) => {
        const passed = run.failures.length === 0;
        return (
          <List.Item
            key={run.index}
            data-testid={`scenario-${run.index}`}
            data-result={passed ? 'pass' : 'fail'}
            actions={[
              <Button key="open" type="link" size="small" onClick={() => onOpen(run)}>
                在模拟中打开
              </Button>,
              ...(editable
                ? [
                    <Button key="edit" type="link" size="small" onClick={() => onEdit(run)}>
                      编辑期望
                    </Button>,
                    <Button key="remove" type="link" size="small" danger onClick={() => onRemove(run)}>
                      删除
                    </Button>,
                  ]
                : []),
            ]}
          >
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap size={[8, 0]}>
                <Tag color={passed ? 'success' : 'error'}>{passed ? '通过' : '未通过'}</Tag>
                <Typography.Text strong>{run.scenario.name}</Typography.Text>
                <Typography.Text type="secondary">截至{formatChineseDate(run.scenario.at)}</Typography.Text>
                {Object.entries(run.scenario.readings).map(([id, value]) => (
                  <Tag key={id}>
                    {id}：{value}
                  </Tag>
                ))}
              </Space>
              {!passed && (
                <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="failures">
                  {run.mismatches.map((mismatch, index) => {
                    const view = describeMismatch(mismatch, doc);
                    return (
                      <li key={index} title={view.text}>
                        <Typography.Text type="danger">
                          {view.expected !== undefined ? `${view.what}：期望 ${view.expected}，实际 ${view.actual ?? '无'}` : view.what}
                        </Typography.Text>
                      </li>
                    );
                  })}
                </ul>
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
