import type { StepReport, StepState } from '@banfa/policy-runtime';
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CiteTag } from './CiteTag';
import { conditionText } from './condition-text';
import { formatChineseDate } from './format-date';

export const STEP_STATE: Record<StepState, { label: string; color: string }> = {
  waiting: { label: '待办', color: 'default' },
  active: { label: '办理中', color: 'processing' },
  done: { label: '已完成', color: 'success' },
  skipped: { label: '不适用', color: 'default' },
  overdue: { label: '已逾期', color: 'error' },
  returned: { label: '退回补正', color: 'warning' },
  rejected: { label: '未通过', color: 'error' },
};

const COLUMNS: ColumnsType<StepReport> = [
  {
    key: 'name',
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
  { key: 'body', title: '办理机构', render: (_, step) => step.body.name },
  { key: 'state', title: '状态', render: (_, step) => <Tag color={STEP_STATE[step.state].color}>{STEP_STATE[step.state].label}</Tag> },
  {
    key: 'deadline',
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
  { key: 'cite', title: '依据', render: (_, step) => <CiteTag text={step.citeText} /> },
];

/** The procedure in order: each step with its body, state, deadline and the article that imposes it. */
export function StepsTable({ steps, compact = false }: { steps: StepReport[]; compact?: boolean }) {
  return (
    <Table<StepReport>
      rowKey="id"
      size={compact ? 'small' : 'middle'}
      pagination={false}
      dataSource={steps}
      data-testid="steps"
      columns={compact ? COLUMNS.filter((column) => column.key !== 'state' && column.key !== 'cite') : COLUMNS}
    />
  );
}
