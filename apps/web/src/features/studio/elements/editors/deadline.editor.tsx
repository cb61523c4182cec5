import { describeDeadline, findCanonicalFact, type Deadline } from '@banfa/policy-model';
import { Button, Form, Space, Typography } from 'antd';
import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { settingChoices } from '../fields/document-options';
import { asList, asRecord, asText, getIn, type DataRecord } from '../fields/draft-data';
import { MultiSelectField, SwitchField } from '../fields/select.field';
import { NestedForm } from '../fields/nested-form';
import { PeriodAmountEditor, PeriodAnchorEditor } from './period-parts.editor';

/**
 * A period: N units (or a project fact's value) after an anchor — one event, or the later or earlier of several —
 * counted as the document's counting conventions say; a window; 原则上.
 */
export function DeadlineEditor({ path, optional, label = '办理期限' }: { path: DocumentPath; optional?: boolean; label?: string }) {
  const draft = useStudioDraft();
  const value = getIn(draft.data, path);
  if (value === undefined) {
    return (
      <Form.Item label={label}>
        <Space>
          <Typography.Text type="secondary">（未规定期限）</Typography.Text>
          {draft.editable ? (
            <Button size="small" onClick={() => draft.setIn(path, { amount: 5, unit: 'workingDays', from: 'started' })}>
              设定期限
            </Button>
          ) : null}
        </Space>
      </Form.Item>
    );
  }
  const deadline = asRecord(value);
  const sentence = readable(deadline) ? describeDeadline({ soft: false, ...deadline } as Deadline, { factLabel: (key) => factLabel(draft.data, key), eventDay: asText(getIn(draft.data, ['counting', 'eventDay'])) === 'included' ? 'included' : undefined }) : undefined;
  return (
    <Form.Item label={label} labelCol={{ span: 24 }} wrapperCol={{ span: 24 }} className="banfa-condition-field" extra={sentence ? <span data-testid="deadline-sentence">{sentence}</span> : undefined}>
      <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '12px 12px 0' }} data-testid="deadline-editor">
        <NestedForm>
          <PeriodAmountEditor path={path} />
          <PeriodAnchorEditor path={path} />
          <SwitchField path={[...path, 'soft']} label="原则上" extra="开启：超期只作提示并注明条款，不视为违规" />
          <MultiSelectField path={[...path, 'settings']} label="依据的歧义设置" options={settingChoices(draft.data)} optional />
          {optional && draft.editable ? (
            <Form.Item label=" " colon={false}>
              <Button size="small" danger onClick={() => draft.deleteIn(path)}>
                取消期限
              </Button>
            </Form.Item>
          ) : null}
        </NestedForm>
      </div>
    </Form.Item>
  );
}

/** Whether the draft's deadline has the shape a sentence can be written from (it may be mid-edit). */
function readable(deadline: DataRecord): boolean {
  const amount = deadline['amount'];
  const from = deadline['from'];
  const amountOk = typeof amount === 'number' || (typeof asRecord(amount)['fact'] === 'string' && asRecord(amount)['fact'] !== '');
  const events = asList(asRecord(from)['laterOf'] ?? asRecord(from)['earlierOf']);
  const fromOk = typeof from === 'string' || (events.length > 0 && events.every((event) => typeof event === 'string'));
  return amountOk && fromOk && typeof deadline['unit'] === 'string';
}

function factLabel(data: DataRecord, key: string): string {
  const declared = asList(data['facts']).map(asRecord).find((fact) => fact['key'] === key);
  return asText(declared?.['label']) || findCanonicalFact(key)?.label || key;
}
