import { conditionChecker, type CelType, type ConditionKey, type ResolvedFact } from '@banfa/policy-model';
import { Button, Collapse, Form, Input, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { SchemaNode } from '../design-kinds';
import { setFieldKey } from '../design-props';
import { schemaPathOf, type DesignNode } from '../design-tree';
import type { PanelEdit } from './panel-edit';

const TEXT: Record<ConditionKey, { label: string; help: string; example: string }> = {
  'x-visible-when': { label: '显示条件（CEL）', help: '条件成立时才显示此项（隐藏时不填写、不提交）；留空则总是显示。', example: 'constructionNature == "other"' },
  'x-required-when': { label: '必填条件（CEL）', help: '条件成立时此项必须填写；留空则按“必填”设置。', example: 'totalInvestment > 50000000' },
};

export function typeLabel(type: CelType): string {
  if (typeof type !== 'string') return '对象';
  if (type === 'int') return '整数（金额以分计）';
  if (type === 'double') return '数字';
  if (type === 'string') return '文本';
  if (type === 'bool') return '是/否';
  return type.startsWith('list') ? '列表' : type;
}

/**
 * A CEL condition of a node, type-checked as it is typed against what the node can see: the form's other fields
 * and the document's facts (form-conditions.ts in policy-model, the same rules the server applies).
 */
export function ConditionInput({
  schema,
  node,
  conditionKey,
  facts,
  readOnly,
  onEdit,
}: {
  schema: SchemaNode;
  node: DesignNode;
  conditionKey: ConditionKey;
  facts: ReadonlyArray<ResolvedFact>;
  readOnly: boolean;
  onEdit: PanelEdit;
}) {
  const value = typeof node.field[conditionKey] === 'string' ? (node.field[conditionKey] as string) : '';
  const schemaPath = useMemo(() => schemaPathOf(schema, node.path), [schema, node.path]);
  const [listing, setListing] = useState(false);
  // Only what is shown is computed: typing a label elsewhere in the panel re-renders this too.
  const checker = useMemo(() => (value.trim() !== '' || listing ? conditionChecker(schema, { facts }) : null), [schema, facts, value, listing]);
  const check = useMemo(() => (checker && value.trim() !== '' ? checker.check(schemaPath, value) : null), [checker, schemaPath, value]);
  const variables = useMemo(() => (checker && listing ? checker.variables(schemaPath) : []), [checker, schemaPath, listing]);
  const id = `prop-${conditionKey}`;
  const text = TEXT[conditionKey];
  const set = (next: string) => onEdit((current) => setFieldKey(current, node.path, conditionKey, next), `${conditionKey}:${node.path.join('/')}`);
  return (
    <Form.Item
      label={text.label}
      htmlFor={id}
      help={
        check === null ? (
          <span>
            {text.help}例如 <code>{text.example}</code>
          </span>
        ) : check.valid ? (
          <Typography.Text type="success" data-testid={`${conditionKey}-ok`}>
            条件有效
          </Typography.Text>
        ) : (
          <span data-testid={`${conditionKey}-error`}>
            {check.message}
            {check.hint ? `（${check.hint}）` : ''}
          </span>
        )
      }
      validateStatus={check && !check.valid ? 'error' : undefined}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          id={id}
          value={value}
          disabled={readOnly}
          autoSize={{ minRows: 1, maxRows: 4 }}
          spellCheck={false}
          style={{ fontFamily: 'monospace' }}
          placeholder={text.example}
          onChange={(event) => set(event.target.value)}
        />
        <Collapse
          size="small"
          onChange={(keys) => setListing((Array.isArray(keys) ? keys : [keys]).includes('variables'))}
          items={[
            {
              key: 'variables',
              label: '可引用的字段和事实',
              children: (
                <Space size={[4, 4]} wrap>
                  {variables.map((variable) => (
                    <Button
                      key={variable.name}
                      size="small"
                      disabled={readOnly}
                      title={`${variable.label}：${typeLabel(variable.type)}`}
                      onClick={() => set(value.trim() === '' ? variable.name : `${value} ${variable.name}`)}
                    >
                      <code>{variable.name}</code>
                      <Tag bordered={false} style={{ marginInlineStart: 4 }}>
                        {variable.source === 'fact' ? '事实' : '字段'}·{variable.label}
                      </Tag>
                    </Button>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Space>
    </Form.Item>
  );
}
