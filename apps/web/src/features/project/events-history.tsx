import type { ProjectEventView } from '@banfa/api-contract';
import { anchorText, type PolicyDocument } from '@banfa/policy-model';
import { Empty, Timeline, Typography } from 'antd';
import { formatChineseDate } from '../procedure/format-date';

const OUTCOME = { approve: '同意', return: '退回补正', reject: '不予通过' } as const;
const KIND: Record<string, string> = { changeReviewed: '变更审批意见' };

/** Everything recorded on the project, in order: submission, opinions, corrections, contract, changes … */
export function EventsHistory({ events, document }: { events: ProjectEventView[]; document: PolicyDocument | undefined }) {
  if (events.length === 0) return <Empty description="尚无记录" />;
  const stepName = (id: string | undefined) => document?.stages.flatMap((stage) => stage.steps).find((step) => step.id === id)?.name ?? id;
  return (
    <Timeline
      items={events.map((event) => ({
        children: (
          <>
            <Typography.Text strong>{formatChineseDate(event.on)}</Typography.Text> {KIND[event.kind] ?? anchorText(event.kind)}
            {event.step && `：${stepName(event.step)}`}
            {event.outcome && `（${OUTCOME[event.outcome]}）`}
            {event.amount && ` ${event.amount}`}
            {event.reason && <div><Typography.Text type="secondary">理由：{event.reason}</Typography.Text></div>}
            {event.note && <div><Typography.Text type="secondary">备注：{event.note}</Typography.Text></div>}
          </>
        ),
      }))}
    />
  );
}
