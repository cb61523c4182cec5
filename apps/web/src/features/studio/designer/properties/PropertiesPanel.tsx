import type { ResolvedFact } from '@banfa/policy-model';
import { Alert, Button, Checkbox, Divider, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { hasOptions, isContainerKind, KIND_LABEL, type SchemaNode } from '../design-kinds';
import { keyNote, keyProblem, setTitle } from '../design-ops';
import { setColumnProp, setComponentProp, setFieldKey } from '../design-props';
import type { DesignNode } from '../design-tree';
import { ConditionInput } from './ConditionInput';
import { FactSelect } from './FactSelect';
import { OptionsEditor } from './OptionsEditor';
import type { PanelEdit } from './panel-edit';
import { Stable } from './Stable';
import { ValidationEditor } from './ValidationEditor';

interface Props {
  schema: SchemaNode;
  node: DesignNode | null;
  facts: ReadonlyArray<ResolvedFact>;
  issues: ReadonlyArray<string>;
  readOnly: boolean;
  onEdit: PanelEdit;
  /** Renames the node's key; answers why not, or undefined when done. */
  onRename: (key: string) => string | undefined;
  /** Clears the selection (new nodes then go to the end of the form). */
  onDeselect: () => void;
}

/** The selected node's properties, each written into its schema as it is typed. */
export function PropertiesPanel({ schema, node, facts, issues, readOnly, onEdit, onRename, onDeselect }: Props) {
  if (!node) {
    return <Typography.Paragraph type="secondary">在结构中选择一项，这里编辑它的标题、字段名、是否必填、校验、选项、说明、条件和对应的事实。</Typography.Paragraph>;
  }
  const id = node.path.join('/');
  const container = isContainerKind(node.kind);
  const isData = node.field['type'] !== 'void';
  const inTable = node.column !== undefined;
  const field = node.field;
  const setKey = (key: string, value: unknown, merge = true) => onEdit((current) => setFieldKey(current, node.path, key, value), merge ? `${key}:${id}` : undefined);
  const props = (field['x-component-props'] as Record<string, unknown> | undefined) ?? {};
  const visibleWhen = field['x-visible-when'];
  const requiredWhen = field['x-required-when'];
  return (
    <Form layout="vertical" size="small" data-testid="designer-properties" onSubmitCapture={(event) => event.preventDefault()}>
      <Stable
        deps={[node.kind, inTable, onDeselect]}
        render={() => (
          <Space style={{ width: '100%', justifyContent: 'space-between' }} align="baseline">
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {node.kind === 'unknown' ? '其他组件' : KIND_LABEL[node.kind]}
              {inTable ? '（表格的一列）' : ''}
            </Typography.Title>
            <Button size="small" type="link" onClick={onDeselect}>
              取消选择
            </Button>
          </Space>
        )}
      />
      {issues.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={issues.map((issue) => <div key={issue}>{issue}</div>)} data-testid="node-issues" />}
      <Form.Item label={inTable ? '列标题' : '标题'} htmlFor="prop-title">
        <Input id="prop-title" value={node.title === node.key && !field['title'] && !inTable ? '' : node.title} disabled={readOnly} onChange={(event) => onEdit((current) => setTitle(current, node.path, event.target.value), `title:${id}`)} />
      </Form.Item>
      <Stable deps={[id, node.key, readOnly, isData, onRename]} render={() => <KeyInput key={id} value={node.key} readOnly={readOnly} onRename={onRename} isData={isData} />} />
      {isData && node.kind !== 'group' && (
        <Stable
          deps={[id, field['required'], readOnly]}
          render={() => (
            <Form.Item>
              <Checkbox checked={field['required'] === true} disabled={readOnly} onChange={(event) => setKey('required', event.target.checked, false)}>
                必填
              </Checkbox>
            </Form.Item>
          )}
        />
      )}
      {node.kind === 'money' && (
        <Stable
          deps={[id, props['unit'], readOnly]}
          render={() => (
            <Form.Item label="金额单位">
              <Radio.Group
                value={props['unit'] === '元' ? '元' : '万元'}
                disabled={readOnly}
                onChange={(event) => onEdit((current) => setComponentProp(current, node.path, 'unit', event.target.value))}
                options={[
                  { label: '万元', value: '万元' },
                  { label: '元', value: '元' },
                ]}
              />
            </Form.Item>
          )}
        />
      )}
      {node.kind === 'textarea' && (
        <Stable
          deps={[id, props['rows'], readOnly]}
          render={() => (
            <Form.Item label="行数" htmlFor="prop-rows">
              <InputNumber id="prop-rows" min={1} max={20} disabled={readOnly} value={props['rows'] as number | undefined} placeholder="默认" onChange={(value) => onEdit((current) => setComponentProp(current, node.path, 'rows', value ?? undefined), `rows:${id}`)} />
            </Form.Item>
          )}
        />
      )}
      {inTable && (
        <Stable
          deps={[id, node.column?.['x-component-props'], readOnly]}
          render={() => (
            <Form.Item label="列宽（像素）" htmlFor="prop-width">
              <InputNumber
                id="prop-width"
                min={40}
                max={600}
                disabled={readOnly}
                value={(node.column?.['x-component-props'] as Record<string, unknown> | undefined)?.['width'] as number | undefined}
                placeholder="自动"
                onChange={(value) => onEdit((current) => setColumnProp(current, node.path, 'width', value ?? undefined), `width:${id}`)}
              />
            </Form.Item>
          )}
        />
      )}
      {hasOptions(node.kind) && <Stable deps={[id, field['enum'], field['type'], readOnly]} render={() => <OptionsEditor node={node} readOnly={readOnly} onEdit={onEdit} />} />}
      <Stable
        deps={[id, field['description'], readOnly]}
        render={() => (
          <Form.Item label="说明" htmlFor="prop-description" help="显示在字段下方的提示，如“未委托监理单位的项目不填”">
            <Input.TextArea id="prop-description" autoSize={{ minRows: 1, maxRows: 4 }} disabled={readOnly} value={(field['description'] as string | undefined) ?? ''} onChange={(event) => setKey('description', event.target.value)} />
          </Form.Item>
        )}
      />
      {!container && <Stable deps={[id, node.kind, field['x-validator'], readOnly]} render={() => <ValidationEditor node={node} readOnly={readOnly} onEdit={onEdit} />} />}
      <Divider style={{ margin: '8px 0' }}>条件与事实</Divider>
      {/* A condition is checked against the whole form: while it is written, every edit may change its verdict. */}
      <Stable
        deps={[id, visibleWhen, facts, readOnly, typeof visibleWhen === 'string' && visibleWhen.trim() !== '' ? schema : null]}
        render={() => <ConditionInput schema={schema} node={node} conditionKey="x-visible-when" facts={facts} readOnly={readOnly} onEdit={onEdit} />}
      />
      {isData && node.kind !== 'group' && (
        <Stable
          deps={[id, requiredWhen, facts, readOnly, typeof requiredWhen === 'string' && requiredWhen.trim() !== '' ? schema : null]}
          render={() => <ConditionInput schema={schema} node={node} conditionKey="x-required-when" facts={facts} readOnly={readOnly} onEdit={onEdit} />}
        />
      )}
      {isData && !container && !inTable && (
        <Stable deps={[id, node.kind, field['type'], field['enum'], field['x-fact'], facts, readOnly]} render={() => <FactSelect node={node} facts={facts} readOnly={readOnly} onEdit={onEdit} />} />
      )}
    </Form>
  );
}

/** The key is renamed when the author is done typing it (Enter or leaving the box): a rename moves the node. */
function KeyInput({ value, readOnly, onRename, isData }: { value: string; readOnly: boolean; onRename: (key: string) => string | undefined; isData: boolean }) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setText(value), [value]);
  const apply = () => {
    if (text === value) return setError(undefined);
    setError(keyProblem(text) ?? onRename(text));
  };
  const note = keyNote(text);
  return (
    <Form.Item
      label={isData ? '字段名（数据中的名称）' : '名称（英文）'}
      htmlFor="prop-key"
      validateStatus={error ? 'error' : note ? 'warning' : undefined}
      help={error ?? note ?? (isData ? '英文字母、数字、下划线；条件中用它称呼此字段，按回车生效' : '按回车生效')}
    >
      <Input id="prop-key" value={text} disabled={readOnly} spellCheck={false} style={{ fontFamily: 'monospace' }} onChange={(event) => setText(event.target.value)} onBlur={apply} onPressEnter={apply} />
    </Form.Item>
  );
}
