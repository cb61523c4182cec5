import type { PolicyDocument } from '@banfa/policy-model';
import { checkChange, type ProjectInput } from '@banfa/policy-runtime';
import { Alert, Button, DatePicker, Input, Space, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { ChangeVerdictView } from '../../changes/change-verdict.view';
import { changeRequest, type SampleChange } from './sample-project.model';

/**
 * A change request (附表3 lines: 原小计 → 现小计) checked against the document's change rules with checkChange: the rule
 * that applies, each limit with the numbers compared, and the outcome.
 */
export function ChangeCheckSection({
  doc,
  input,
  change,
  defaultDate,
  disabled,
  onChange,
}: {
  doc: PolicyDocument;
  input: ProjectInput;
  change: SampleChange | undefined;
  defaultDate: string;
  disabled: boolean;
  onChange: (change: SampleChange | undefined) => void;
}) {
  if (doc.changeRules.length === 0) return <Typography.Text type="secondary">本办法没有变更规则</Typography.Text>;
  const read = change ? changeRequest(change) : null;
  const updateLine = (index: number, side: 'old' | 'new', text: string) =>
    change && onChange({ ...change, lines: change.lines.map((line, i) => (i === index ? { ...line, [side]: text.trim() ? `${text.trim()}万元` : undefined } : line)) });
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="change-check">
      <Space>
        <Switch
          aria-label="检查一项变更申请"
          disabled={disabled}
          checked={change !== undefined}
          onChange={(on) => onChange(on ? { on: defaultDate, lines: [{}] } : undefined)}
        />
        <Typography.Text>检查一项变更申请（附表3：原小计 → 现小计）</Typography.Text>
      </Space>
      {change && (
        <>
          <Space wrap>
            申请日期
            <DatePicker aria-label="变更申请日期" disabled={disabled} allowClear={false} value={dayjs(change.on)} onChange={(date) => date && onChange({ ...change, on: date.format('YYYY-MM-DD') })} />
            变更后总额
            <Input
              aria-label="变更后总额"
              disabled={disabled}
              suffix="万元"
              style={{ width: 160 }}
              value={(change.newTotal ?? '').replace(/万元$/, '')}
              onChange={(event) => onChange({ ...change, newTotal: event.target.value.trim() ? `${event.target.value.trim()}万元` : undefined })}
            />
          </Space>
          {change.lines.map((line, index) => (
            <Space key={index} wrap>
              第 {index + 1} 行
              <Input aria-label={`第 ${index + 1} 行原小计`} disabled={disabled} addonBefore="原小计" suffix="万元" style={{ width: 220 }} value={(line.old ?? '').replace(/万元$/, '')} onChange={(event) => updateLine(index, 'old', event.target.value)} />
              <Input aria-label={`第 ${index + 1} 行现小计`} disabled={disabled} addonBefore="现小计" suffix="万元" style={{ width: 220 }} value={(line.new ?? '').replace(/万元$/, '')} onChange={(event) => updateLine(index, 'new', event.target.value)} />
              <Button type="link" danger size="small" disabled={disabled} onClick={() => onChange({ ...change, lines: change.lines.filter((_, i) => i !== index) })}>
                删除
              </Button>
            </Space>
          ))}
          <Button size="small" disabled={disabled} onClick={() => onChange({ ...change, lines: [...change.lines, {}] })}>
            添加一行
          </Button>
          {read && 'problem' in read && <Alert type="error" showIcon message={read.problem} />}
          {read && 'request' in read && <ChangeVerdictView verdict={checkChange(doc, input, read.request)} />}
        </>
      )}
    </Space>
  );
}
