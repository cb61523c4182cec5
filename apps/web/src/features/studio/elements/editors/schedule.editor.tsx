import { describeSchedule, FINAL_PERIOD_LABEL, HOLIDAY_END_LABEL, type Schedule } from '@banfa/policy-model';
import { Form, Select } from 'antd';
import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { anchorChoices, eventChoices, labelled, settingChoices } from '../fields/document-options';
import { asRecord, asText, getIn } from '../fields/draft-data';
import { useDraftField } from '../fields/draft-field';
import { IntegerField } from '../fields/number.field';
import { MultiSelectField, SelectField, type Choice } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { DeadlineEditor } from './deadline.editor';

const KINDS: Choice[] = [
  { value: 'upon', label: '事件发生时（原文未规定期限）' },
  { value: 'after', label: '事件发生后一定期限内' },
  { value: 'every', label: '每隔若干个月' },
  { value: 'calendar', label: '每季度、每半年或每年' },
];
const PERIODS: Choice[] = [
  { value: 'quarter', label: '每季度末' },
  { value: 'half-year', label: '每半年末' },
  { value: 'year', label: '每年' },
];
const DEFAULTS: Readonly<Record<string, unknown>> = {
  upon: { kind: 'upon', event: 'accepted' },
  after: { kind: 'after', deadline: { amount: 5, unit: 'workingDays', from: 'contractSigned' } },
  every: { kind: 'every', amount: 3, unit: 'months', from: 'approvalIssued' },
  calendar: { kind: 'calendar', period: 'year', dueBy: '12-31' },
};

/** When an obligation falls due: upon an event, within a period after one, every N months, at calendar points. */
export function ScheduleEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  const field = useDraftField([...path, 'kind']);
  const schedule = asRecord(getIn(draft.data, path));
  const kind = asText(schedule['kind']);
  let sentence = '';
  try {
    sentence = kind ? describeSchedule(schedule as unknown as Schedule) : '';
  } catch {
    sentence = '';
  }
  const events = eventChoices(draft.data);
  return (
    <div data-testid="schedule-editor">
      <Form.Item label="履行时间" extra={sentence ? <span data-testid="schedule-sentence">{sentence}</span> : undefined}>
        <Select value={kind || undefined} options={KINDS} onChange={(next: string) => draft.setIn(path, DEFAULTS[next])} disabled={!field.editable} style={{ width: 260 }} data-path={field.name} />
      </Form.Item>
      {kind === 'upon' ? <SelectField path={[...path, 'event']} label="事件" options={events} required /> : null}
      {kind === 'after' ? <DeadlineEditor path={[...path, 'deadline']} label="期限" /> : null}
      {kind === 'every' ? (
        <>
          <IntegerField path={[...path, 'amount']} label="间隔" min={1} required addonAfter="个月" />
          <SelectField path={[...path, 'from']} label="起算" options={anchorChoices(draft.data)[1]?.options ?? []} required />
          <SelectField path={[...path, 'until']} label="直至" options={events} optional />
        </>
      ) : null}
      {kind === 'calendar' ? (
        <>
          <SelectField path={[...path, 'period']} label="周期" options={PERIODS} required />
          {asText(schedule['period']) === 'year' ? <TextField path={[...path, 'dueBy']} label="截止月日" optional placeholder="MM-DD，例如 06-30" extra="留空则为周期最后一日" /> : null}
          <SelectField path={[...path, 'from']} label="自" options={events} optional />
          <SelectField path={[...path, 'until']} label="直至" options={events} optional />
          {asText(schedule['until']) ? (
            <SelectField path={[...path, 'finalPeriod']} label="结束事件所在周期" options={labelled(FINAL_PERIOD_LABEL)} optional placeholder="结束事件发生即不再报送（默认）" extra="例如竣工验收当年年底前是否仍须报送一次" />
          ) : null}
        </>
      ) : null}
      {kind === 'every' || kind === 'calendar' ? (
        <SelectField path={[...path, 'holidayEnd']} label="到期日为休息日" options={labelled(HOLIDAY_END_LABEL)} optional placeholder="按“期限计算规则”" extra="只对本项义务另行规定，例如季度末为休息日时提前至此前最后一个工作日" />
      ) : null}
      {kind === 'every' || kind === 'calendar' ? <MultiSelectField path={[...path, 'settings']} label="依据的歧义设置" options={settingChoices(draft.data)} optional /> : null}
    </div>
  );
}
