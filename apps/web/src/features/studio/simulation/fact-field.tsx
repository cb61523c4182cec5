import type { ResolvedFact } from '@banfa/policy-model';
import { DatePicker, Input, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { SampleFactValue } from './sample-project.model';

const MONEY = /^(.*?)(万元|元)$/;

/** “80万元” → the amount as typed and its unit (万元 unless the text says 元). */
export function splitMoney(value: SampleFactValue | undefined): { amount: string; unit: '万元' | '元' } {
  const match = typeof value === 'string' ? MONEY.exec(value.trim()) : null;
  if (match) return { amount: match[1] ?? '', unit: match[2] as '万元' | '元' };
  return { amount: value === undefined ? '' : String(value), unit: '万元' };
}

/**
 * One fact's answer, typed as the fact: money as the decimal text typed with its unit (exact: never a float), yes/no,
 * an option, a whole number, a date or text. Clearing a field leaves the fact unanswered.
 */
export function FactField({
  fact,
  value,
  disabled,
  onChange,
}: {
  fact: Pick<ResolvedFact, 'key' | 'label' | 'type' | 'options'>;
  value: SampleFactValue | undefined;
  disabled: boolean;
  onChange: (value: SampleFactValue | undefined) => void;
}) {
  switch (fact.type) {
    case 'money': {
      const { amount, unit } = splitMoney(value);
      const write = (nextAmount: string, nextUnit: string) => onChange(nextAmount.trim() === '' ? undefined : `${nextAmount.trim()}${nextUnit}`);
      return (
        <Space.Compact style={{ width: '100%' }}>
          <Input
            aria-label={fact.label}
            data-fact={fact.key}
            inputMode="decimal"
            placeholder="例如 80"
            disabled={disabled}
            value={amount}
            onChange={(event) => write(event.target.value, unit)}
          />
          <Select
            aria-label={`${fact.label}的单位`}
            disabled={disabled}
            value={unit}
            style={{ width: 88 }}
            options={[
              { value: '万元', label: '万元' },
              { value: '元', label: '元' },
            ]}
            onChange={(nextUnit) => write(amount, nextUnit)}
          />
        </Space.Compact>
      );
    }
    case 'boolean':
      return (
        <Radio.Group
          aria-label={fact.label}
          data-fact={fact.key}
          disabled={disabled}
          value={typeof value === 'boolean' ? value : 'unset'}
          size="small"
          style={{ whiteSpace: 'nowrap' }}
          optionType="button"
          options={[
            { value: true, label: '是' },
            { value: false, label: '否' },
            { value: 'unset', label: '未填' },
          ]}
          onChange={(event) => onChange(typeof event.target.value === 'boolean' ? event.target.value : undefined)}
        />
      );
    case 'enum':
      return (
        <Select
          aria-label={fact.label}
          data-fact={fact.key}
          allowClear
          placeholder="请选择"
          disabled={disabled}
          value={typeof value === 'string' ? value : undefined}
          options={(fact.options ?? []).map((option) => ({ value: option.value, label: option.label }))}
          onChange={(next: string | undefined) => onChange(next)}
        />
      );
    case 'integer':
      return (
        <Input
          aria-label={fact.label}
          data-fact={fact.key}
          inputMode="numeric"
          disabled={disabled}
          value={value === undefined ? '' : String(value)}
          onChange={(event) => {
            const text = event.target.value.trim();
            onChange(text === '' ? undefined : /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text);
          }}
        />
      );
    case 'date':
      return (
        <DatePicker
          aria-label={fact.label}
          data-fact={fact.key}
          disabled={disabled}
          style={{ width: '100%' }}
          value={typeof value === 'string' && dayjs(value).isValid() ? dayjs(value) : null}
          onChange={(date) => onChange(date ? date.format('YYYY-MM-DD') : undefined)}
        />
      );
    default:
      return (
        <Input
          aria-label={fact.label}
          data-fact={fact.key}
          disabled={disabled}
          value={value === undefined ? '' : String(value)}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        />
      );
  }
}
