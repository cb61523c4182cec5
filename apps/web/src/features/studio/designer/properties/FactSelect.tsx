import type { ResolvedFact } from '@banfa/policy-model';
import { Form, Select, Typography } from 'antd';
import { setFieldKey } from '../design-props';
import type { DesignNode } from '../design-tree';
import { factMismatch } from '../fact-compat';
import type { PanelEdit } from './panel-edit';

const TYPE_LABEL: Record<ResolvedFact['type'], string> = { money: '金额', integer: '整数', boolean: '是/否', enum: '枚举', date: '日期', string: '文本' };

/**
 * The fact a field feeds (`x-fact`): one of the document's facts whose type the field's value can be read as
 * (fact-compat.ts). The others are listed, disabled, with the reason, so the author sees why.
 */
export function FactSelect({ node, facts, readOnly, onEdit }: { node: DesignNode; facts: ReadonlyArray<ResolvedFact>; readOnly: boolean; onEdit: PanelEdit }) {
  const value = typeof node.field['x-fact'] === 'string' ? (node.field['x-fact'] as string) : undefined;
  const options = facts.map((fact) => {
    const mismatch = factMismatch(fact, node.kind, node.field);
    return {
      value: fact.key,
      disabled: mismatch !== undefined && fact.key !== value,
      label: (
        <span title={mismatch}>
          {fact.label}（{fact.key}，{TYPE_LABEL[fact.type]}）{mismatch ? <Typography.Text type="secondary"> — {mismatch}</Typography.Text> : null}
        </span>
      ),
      search: `${fact.label} ${fact.key}`,
    };
  });
  return (
    <Form.Item label="对应的事实" htmlFor="prop-fact" help="填写此字段即为政策的规则提供这一事实（如项目总投资决定备案制或审批制）">
      <Select
        id="prop-fact"
        allowClear
        showSearch
        disabled={readOnly}
        value={value}
        placeholder={facts.length === 0 ? '本政策还没有声明事实' : '不对应事实'}
        options={options}
        optionFilterProp="search"
        onChange={(next: string | undefined) => onEdit((schema) => setFieldKey(schema, node.path, 'x-fact', next))}
      />
    </Form.Item>
  );
}
