import { CANONICAL_FACTS, PROJECT_EVENT_KINDS } from '@banfa/policy-model';
import { Form, Radio } from 'antd';
import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { anchorChoices } from '../fields/document-options';
import { asList, asRecord, asText, getIn, type DataRecord } from '../fields/draft-data';
import { useDraftField } from '../fields/draft-field';
import { IntegerField } from '../fields/number.field';
import { MultiSelectField, SelectField, type Choice } from '../fields/select.field';
import { InlineSelect } from './inline-select';

const UNIT_CHOICES: Choice[] = [
  { value: 'workingDays', label: '个工作日' },
  { value: 'calendarDays', label: '日（自然日）' },
  { value: 'months', label: '个月' },
];

/** The integer facts a period's length may be read from: the document's own and the canonical ones it declares. */
export function integerFactChoices(data: DataRecord): Choice[] {
  return asList(data['facts']).flatMap((item) => {
    const fact = asRecord(item);
    const key = asText(fact['key']);
    const canonical = CANONICAL_FACTS.find((candidate) => candidate.key === key);
    const type = asText(fact['type']) || canonical?.type;
    return key && type === 'integer' ? [{ value: key, label: `${asText(fact['label']) || canonical?.label || key}（${key}）` }] : [];
  });
}

/** How long a period is: a fixed number of units, or the value of one of the project's integer facts (批复的建设周期 …). */
export function PeriodAmountEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  const field = useDraftField([...path, 'amount']);
  const fromFact = typeof field.value === 'object' && field.value !== null;
  const facts = integerFactChoices(draft.data);
  const unit = <InlineSelect path={[...path, 'unit']} options={UNIT_CHOICES} width={130} />;
  return (
    <>
      <Form.Item label="期限长度" extra={fromFact ? '期限长度由项目填报（须是整数类型的事实）；未填报时不计算到期日，并提示补充' : undefined}>
        <Radio.Group
          optionType="button"
          size="small"
          value={fromFact ? 'fact' : 'fixed'}
          disabled={!field.editable}
          data-path={`${field.name}.mode`}
          onChange={(event) => field.set(event.target.value === 'fact' ? { fact: facts[0]?.value ?? '' } : 5)}
          options={[
            { value: 'fixed', label: '固定期限' },
            { value: 'fact', label: '取自项目事实' },
          ]}
        />
      </Form.Item>
      {fromFact ? (
        <>
          <SelectField path={[...path, 'amount', 'fact']} label="项目事实" options={facts} required extra={facts.length === 0 ? '本文件尚未声明整数类型的事实：请先在“事实”中添加，例如 批复的建设周期（月）' : undefined} />
          <Form.Item label="单位">{unit}</Form.Item>
        </>
      ) : (
        <>
          <IntegerField path={[...path, 'amount']} label="期限" min={1} required addonAfter={unit} />
          <IntegerField path={[...path, 'earliest']} label="窗口起点" min={0} optional extra="“12至24个月内”这样的时间窗口填写 12；只有截止期限时留空" />
        </>
      )}
    </>
  );
}

type AnchorMode = 'event' | 'laterOf' | 'earlierOf';

/** What a period counts from: one event (or the step's own start), or the later or earlier of several events. */
export function PeriodAnchorEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  const field = useDraftField([...path, 'from']);
  const from = field.value;
  const mode: AnchorMode = typeof from === 'object' && from !== null ? ('earlierOf' in from ? 'earlierOf' : 'laterOf') : 'event';
  const events = (anchorChoices(draft.data)[1]?.options ?? []).filter((choice) => (PROJECT_EVENT_KINDS as ReadonlyArray<string>).includes(choice.value));
  const change = (next: AnchorMode) => {
    if (next === mode) return;
    const current = mode === 'event' ? [asText(from)].filter((event) => event && event !== 'started') : (getIn(from, [mode]) as unknown[] | undefined);
    if (next === 'event') field.set(asText(asList(current)[0]) || 'started');
    else field.set({ [next]: asList(current).length > 0 ? asList(current) : ['accepted', 'goLive'] });
  };
  const eventDay = asText(getIn(draft.data, ['counting', 'eventDay'])) === 'included' ? '当日' : '次日';
  return (
    <>
      <Form.Item label="起算方式">
        <Radio.Group
          optionType="button"
          size="small"
          value={mode}
          disabled={!field.editable}
          data-path={`${field.name}.mode`}
          onChange={(event) => change(event.target.value as AnchorMode)}
          options={[
            { value: 'event', label: '自一个事件' },
            { value: 'laterOf', label: '几个事件中较晚者' },
            { value: 'earlierOf', label: '几个事件中较早者' },
          ]}
        />
      </Form.Item>
      {mode === 'event' ? (
        <SelectField path={[...path, 'from']} label="起算" options={anchorChoices(draft.data)} required extra={`自该事件${eventDay}起算（见“期限计算规则”）`} />
      ) : (
        <MultiSelectField
          path={[...path, 'from', mode]}
          label="起算事件"
          options={events}
          extra={mode === 'laterOf' ? '所列事件都发生后，自其中最晚的一个起算' : '所列事件中最早发生的一个起算'}
        />
      )}
    </>
  );
}
