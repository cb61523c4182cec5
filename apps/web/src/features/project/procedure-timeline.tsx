import type { StepReport } from '@banfa/policy-runtime';
import { Collapse, Space, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { CiteTag } from '../procedure/CiteTag';
import { conditionText } from '../procedure/condition-text';
import { formatChineseDate } from '../procedure/format-date';
import { STEP_STATE } from '../procedure/StepsTable';

const DOT: Record<StepReport['state'], string> = {
  waiting: 'gray',
  active: 'blue',
  done: 'green',
  skipped: 'gray',
  overdue: 'red',
  returned: 'orange',
  rejected: 'red',
};

/** The procedure as a timeline: each applicable step with its body, state, due date and basis, and what may be done now. */
export function ProcedureTimeline({ steps, actions }: { steps: StepReport[]; actions: (step: StepReport) => ReactNode }) {
  const applicable = steps.filter((step) => step.state !== 'skipped');
  const skipped = steps.filter((step) => step.state === 'skipped');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Timeline
        data-testid="timeline"
        items={applicable.map((step) => ({
          color: DOT[step.state],
          children: <StepItem step={step} action={actions(step)} />,
        }))}
      />
      {skipped.length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'skipped',
              label: `本项目不适用的环节（${skipped.length}）`,
              children: skipped.map((step) => (
                <div key={step.id}>
                  <Typography.Text delete>{step.name}</Typography.Text>{' '}
                  <Typography.Text type="secondary">{step.condition ? `不适用：${conditionText(step.condition)}` : ''}</Typography.Text> <CiteTag text={step.citeText} />
                </div>
              )),
            },
          ]}
        />
      )}
    </Space>
  );
}

function StepItem({ step, action }: { step: StepReport; action: ReactNode }) {
  const overdue = step.state === 'overdue';
  return (
    <div data-testid={`step-${step.id}`}>
      <Space wrap size={[8, 0]}>
        <Typography.Text strong>{step.name}</Typography.Text>
        <Typography.Text>{step.body.name}</Typography.Text>
        <Tag color={STEP_STATE[step.state].color}>{STEP_STATE[step.state].label}</Tag>
        <CiteTag text={step.citeText} quote={step.cite.quote} />
      </Space>
      {step.deadline && (
        <div>
          <Typography.Text type={overdue ? 'danger' : 'secondary'} data-testid="due">
            {step.deadline.dueOn
              ? `${step.deadline.soft ? '原则上' : ''}应于${formatChineseDate(step.deadline.dueOn)}前办结${overdue ? '（已逾期）' : ''}`
              : step.deadline.text}
          </Typography.Text>
          {step.deadline.basis && <Typography.Text type="secondary">（{step.deadline.text}：{step.deadline.basis}）</Typography.Text>}
          {step.deadline.provisional && <Tag color="gold">暂定：该年度节假日安排尚未公布</Tag>}
        </div>
      )}
      {step.startedOn && step.state !== 'done' && <Typography.Text type="secondary">{formatChineseDate(step.startedOn)}开始办理</Typography.Text>}
      {step.state === 'returned' && (
        <div>
          <Typography.Text type="warning" data-testid="returned-reason">
            {step.doneOn ? `${formatChineseDate(step.doneOn)}` : ''}退回补正：{step.reason ?? '未说明理由'}
          </Typography.Text>
        </div>
      )}
      {step.state === 'rejected' && <Typography.Text type="danger">不予通过：{step.reason ?? '未说明理由'}</Typography.Text>}
      {step.state === 'done' && step.doneOn && (
        <Typography.Text type="secondary">
          {formatChineseDate(step.doneOn)}
          {step.outcome === 'approve' ? '审核同意' : '完成'}
          {step.resubmittedOn ? `（${formatChineseDate(step.resubmittedOn)}补正后重新提交）` : ''}
        </Typography.Text>
      )}
      {action && <div style={{ marginTop: 6 }}>{action}</div>}
    </div>
  );
}
