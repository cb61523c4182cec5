import { AntDActionElement, AntDValueEditor, type AntDActionProps } from '@react-querybuilder/antd';
import { Checkbox, Input, Radio, Space } from 'antd';
import type { NotToggleProps, ValueEditorProps } from 'react-querybuilder';
import { BUILDER_MONEY_UNIT } from './cel-query.convert';

/** Money is typed in 万元 as an exact decimal; yes/no is a choice of 是/否; the rest are antd's editors. */
export function BuilderValueEditor(props: ValueEditorProps) {
  const datatype = props.fieldData?.['datatype'];
  if (datatype === 'money') {
    const value = typeof props.value === 'string' ? props.value : String(props.value ?? '');
    return (
      <Space.Compact>
        <Input
          value={value}
          inputMode="decimal"
          placeholder="例如 50"
          disabled={props.disabled}
          status={value !== '' && !/^\d+(\.\d+)?$/.test(value) ? 'error' : undefined}
          onChange={(event) => props.handleOnChange(event.target.value)}
          aria-label={`${props.fieldData.label}（${BUILDER_MONEY_UNIT}）`}
          style={{ width: 130 }}
        />
        <Space.Addon>{BUILDER_MONEY_UNIT}</Space.Addon>
      </Space.Compact>
    );
  }
  if (datatype === 'boolean') {
    return (
      <Radio.Group
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.handleOnChange(event.target.value)}
        options={[
          { label: '是', value: true },
          { label: '否', value: false },
        ]}
      />
    );
  }
  return <AntDValueEditor {...props} />;
}

/** The builder's buttons, small and quiet beside the form's own (antd's defaults are primary buttons). */
export function BuilderAction(props: AntDActionProps) {
  return <AntDActionElement {...props} size="small" type="default" />;
}

export function BuilderRemoveAction(props: AntDActionProps) {
  return <AntDActionElement {...props} size="small" type="text" danger />;
}

/** 并非: negates the whole group (a checkbox reads better than antd's switch with a "=" when off). */
export function BuilderNotToggle({ checked, handleOnChange, disabled, className, label, title }: NotToggleProps) {
  return (
    <Checkbox className={className} checked={!!checked} disabled={disabled} title={title} onChange={(event) => handleOnChange(event.target.checked)}>
      {label}
    </Checkbox>
  );
}
