import { anchorText, PROJECT_EVENT_KINDS, type PolicyDocument, type ProjectEventKind } from '@banfa/policy-model';
import { Button, DatePicker, Input, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { SampleEvent } from './sample-project.model';

const OUTCOMES = [
  { value: 'approve', label: '通过' },
  { value: 'return', label: '退回补正' },
  { value: 'reject', label: '不予通过' },
];

/** Which fields an event of a kind needs (the rest would be ignored by the runtime). */
function needs(kind: ProjectEventKind): { step: boolean; outcome: boolean; obligation: boolean; amount: boolean } {
  return {
    step: kind === 'stepCompleted' || kind === 'resubmitted',
    outcome: kind === 'stepCompleted',
    obligation: kind === 'reportSubmitted',
    amount: kind === 'contractSigned',
  };
}

/** Keeps only the fields the event's kind uses. */
function withKind(event: SampleEvent, kind: ProjectEventKind): SampleEvent {
  const need = needs(kind);
  return {
    kind,
    on: event.on,
    ...(need.step && event.step ? { step: event.step } : {}),
    ...(need.outcome ? { outcome: event.outcome ?? 'approve' } : {}),
    ...(need.outcome && event.reason ? { reason: event.reason } : {}),
    ...(need.obligation && event.obligation ? { obligation: event.obligation } : {}),
    ...(need.amount && event.amount ? { amount: event.amount } : {}),
  };
}

/**
 * The sample project's dated events: what happened and when (提交, a step approved or returned, 合同签订 with its
 * amount, a report submitted …), each with the fields its kind needs.
 */
export function SampleEventsEditor({
  doc,
  events,
  defaultDate,
  disabled,
  onChange,
}: {
  doc: PolicyDocument;
  events: ReadonlyArray<SampleEvent>;
  defaultDate: string;
  disabled: boolean;
  onChange: (events: SampleEvent[]) => void;
}) {
  const steps = doc.stages.flatMap((stage) => stage.steps.map((step) => ({ value: step.id, label: `${step.name}（${stage.name}）` })));
  const obligations = doc.obligations.map((obligation) => ({ value: obligation.id, label: obligation.name }));
  const update = (index: number, change: Partial<SampleEvent>) => onChange(events.map((event, i) => (i === index ? { ...event, ...change } : event)));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="sample-events">
      {events.length === 0 && <Typography.Text type="secondary">尚未登记事项：项目尚未提交</Typography.Text>}
      {events.map((event, index) => {
        const need = needs(event.kind);
        return (
          // One line per event, wrapping in a narrow panel: what, when, then what its kind needs.
          <div key={index} data-testid={`sample-event-${index}`} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', paddingBottom: 8, borderBottom: '1px solid #f0f0f0' }}>
            <Select
              aria-label={`第 ${index + 1} 项事项`}
              disabled={disabled}
              value={event.kind}
              showSearch
              optionFilterProp="label"
              style={{ width: 170 }}
              options={PROJECT_EVENT_KINDS.map((kind) => ({ value: kind, label: anchorText(kind) }))}
              onChange={(kind: ProjectEventKind) => onChange(events.map((candidate, i) => (i === index ? withKind(candidate, kind) : candidate)))}
            />
            <DatePicker
              aria-label={`第 ${index + 1} 项日期`}
              disabled={disabled}
              allowClear={false}
              style={{ width: 140 }}
              value={dayjs(event.on).isValid() ? dayjs(event.on) : null}
              onChange={(date) => date && update(index, { on: date.format('YYYY-MM-DD') })}
            />
            {need.step && (
              <Select
                aria-label={`第 ${index + 1} 项环节`}
                disabled={disabled}
                placeholder="哪个环节"
                value={event.step}
                style={{ minWidth: 200 }}
                options={steps}
                status={event.step ? undefined : 'error'}
                onChange={(step: string) => update(index, { step })}
              />
            )}
            {need.outcome && (
              <Select
                aria-label={`第 ${index + 1} 项结果`}
                disabled={disabled}
                value={event.outcome ?? 'approve'}
                style={{ width: 120 }}
                options={OUTCOMES}
                onChange={(outcome: NonNullable<SampleEvent['outcome']>) => update(index, { outcome })}
              />
            )}
            {need.outcome && event.outcome && event.outcome !== 'approve' && (
              <Input aria-label={`第 ${index + 1} 项理由`} disabled={disabled} placeholder="理由" style={{ width: 200 }} value={event.reason ?? ''} onChange={(e) => update(index, { reason: e.target.value })} />
            )}
            {need.obligation && (
              <Select
                aria-label={`第 ${index + 1} 项报送的义务`}
                disabled={disabled}
                placeholder="报送的是哪一项"
                value={event.obligation}
                style={{ minWidth: 200 }}
                options={obligations}
                onChange={(obligation: string) => update(index, { obligation })}
              />
            )}
            {need.amount && (
              <Input
                aria-label={`第 ${index + 1} 项合同金额`}
                disabled={disabled}
                placeholder="合同金额"
                suffix="万元"
                inputMode="decimal"
                style={{ width: 160 }}
                value={(event.amount ?? '').replace(/万元$/, '')}
                onChange={(e) => update(index, { amount: e.target.value.trim() ? `${e.target.value.trim()}万元` : undefined })}
              />
            )}
            <Button type="link" danger size="small" disabled={disabled} onClick={() => onChange(events.filter((_, i) => i !== index))}>
              删除
            </Button>
          </div>
        );
      })}
      <Button
        size="small"
        disabled={disabled}
        onClick={() => onChange([...events, { kind: events.length === 0 ? 'submitted' : 'stepCompleted', on: events.at(-1)?.on ?? defaultDate, ...(events.length === 0 ? {} : { outcome: 'approve' as const }) }])}
      >
        添加事项
      </Button>
    </Space>
  );
}
