import { DatePicker, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { DocumentPath } from '../../studio-draft.context';
import { asStrings, asText } from './draft-data';
import { useDraftField } from './draft-field';
import { FieldShell } from './field-shell';

export interface Choice {
  value: string;
  label: ReactNode;
  disabled?: boolean;
}
export type ChoiceGroup = { label: ReactNode; options: Choice[] };

/** A choice among the document's own elements or an enumeration: written as soon as it is made. */
export function SelectField({ path, label, options, optional, placeholder, extra, required }: { path: DocumentPath; label: ReactNode; options: ReadonlyArray<Choice | ChoiceGroup>; optional?: boolean; placeholder?: string; extra?: ReactNode; required?: boolean }) {
  const field = useDraftField(path);
  const value = asText(field.value) || undefined;
  return (
    <FieldShell label={label} issues={field.issues} extra={extra} required={required}>
      <Select
        value={value}
        options={withUnknown(options, value)}
        allowClear={optional}
        placeholder={placeholder ?? '请选择'}
        disabled={!field.editable}
        status={field.issues.length > 0 ? 'error' : undefined}
        onChange={(next: string | undefined) => field.set(next ?? undefined)}
        onFocus={field.focus}
        showSearch
        optionFilterProp="label"
        data-path={field.name}
        style={{ maxWidth: 420 }}
      />
    </FieldShell>
  );
}

/** Several of the document's elements (after, tracks, bodies): an empty choice removes the key when `optional`. */
export function MultiSelectField({ path, label, options, optional, placeholder, extra }: { path: DocumentPath; label: ReactNode; options: ReadonlyArray<Choice | ChoiceGroup>; optional?: boolean; placeholder?: string; extra?: ReactNode }) {
  const field = useDraftField(path);
  const value = asStrings(field.value);
  return (
    <FieldShell label={label} issues={field.issues} extra={extra}>
      <Select
        mode="multiple"
        value={value}
        options={withUnknown(options, ...value)}
        placeholder={placeholder ?? '（无）'}
        disabled={!field.editable}
        status={field.issues.length > 0 ? 'error' : undefined}
        onChange={(next: string[]) => field.set(next.length === 0 && optional ? undefined : next)}
        onFocus={field.focus}
        optionFilterProp="label"
        data-path={field.name}
        style={{ maxWidth: 560 }}
      />
    </FieldShell>
  );
}

/** A yes/no whose default is no (soft, 原则上): off removes the key, on writes true. */
export function SwitchField({ path, label, extra }: { path: DocumentPath; label: ReactNode; extra?: ReactNode }) {
  const field = useDraftField(path);
  return (
    <FieldShell label={label} issues={field.issues} extra={extra}>
      <Switch checked={field.value === true} disabled={!field.editable} onChange={(checked) => field.set(checked ? true : undefined)} data-path={field.name} />
    </FieldShell>
  );
}

/** A calendar date, written as YYYY-MM-DD (quoted by YAML). */
export function DateField({ path, label, extra }: { path: DocumentPath; label: ReactNode; extra?: ReactNode }) {
  const field = useDraftField(path);
  const text = asText(field.value);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? dayjs(text) : null;
  return (
    <FieldShell label={label} issues={field.issues} extra={extra ?? (text && !date ? `现为“${text}”，应为 YYYY-MM-DD` : undefined)}>
      <DatePicker
        value={date}
        disabled={!field.editable}
        status={field.issues.length > 0 ? 'error' : undefined}
        onChange={(next) => field.set(next ? next.format('YYYY-MM-DD') : undefined)}
        onFocus={field.focus}
        data-path={field.name}
      />
    </FieldShell>
  );
}

/** A value the document holds but the options do not offer (a dangling reference) is still shown, marked. */
function withUnknown(options: ReadonlyArray<Choice | ChoiceGroup>, ...values: Array<string | undefined>): Array<Choice | ChoiceGroup> {
  const known = new Set(options.flatMap((option) => ('options' in option ? option.options.map((inner) => inner.value) : [option.value])));
  const missing = values.filter((value): value is string => !!value && !known.has(value));
  return missing.length === 0 ? [...options] : [...options, ...missing.map((value) => ({ value, label: `${value}（未定义）` }))];
}
