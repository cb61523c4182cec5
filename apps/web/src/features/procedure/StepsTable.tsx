import type { StepReport, StepState } from '@banfa/policy-runtime';
import { Table, Tag, Typography } from 'antd';
import { CiteTag } from './CiteTag';
import { conditionText } from './condition-text';
import { formatChineseDate } from './format-date';

const STATE: Record<StepState, { label: string; color: string }> = {
  waiting: { label: '待办', color: 'default' },
  active: { label: '办理中', color: 'processing' },
  done: { label: '已完成', color: 'success' },
  skipped: { label: '不适用', color: 'default' },
  overdue: { label: '已逾期', color: 'error' },
  returned: { label: '退回补正', color: 'warning' },
  rejected: { label: '未通过', color: 'error' },
};

/** The procedure in order: each step with its body, state, deadline and the article that imposes it. */
export function StepsTable({ steps }: { steps: StepReport[] }) {
  return (
    <Table<StepReport>
      rowKey="id"
      size="middle"
      pagination={false}
      dataSource={steps}
      data-testid="steps"
      columns={[
        {
          title: '环节',
          dataIndex: 'name',
          render: (name: string, step) => (
            <>
              <Typography.Text strong delete={step.state === 'skipped'}>
                {name}
              </Typography.Text>
              {step.condition && (
                <div>
                  <Typography.Text type="secondary">
                    {step.state === 'skipped' ? '不适用：' : '适用条件：'}
                    {conditionText(step.condition)}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        },
        { title: '办理机构', render: (_, step) => step.body.name },
        {
          title: '状态',
          render: (_, step) => <Tag color={STATE[step.state].color}>{STATE[step.state].label}</Tag>,
        },
        {
          title: '办理时限',
          render: (_, step) =>
            step.deadline ? (
              <>
                <div>{step.deadline.text}</div>
                {step.deadline.dueOn && (
                  <Typography.Text type={step.state === 'overdue' ? 'danger' : 'secondary'}>
                    {formatChineseDate(step.deadline.dueOn)}前（{step.deadline.basis}）
                  </Typography.Text>
                )}
              </>
            ) : (
              <Typography.Text type="secondary">未规定</Typography.Text>
            ),
        },
        { title: '依据', render: (_, step) => <CiteTag text={step.citeText} /> },
      ]}
    />
  );
}
