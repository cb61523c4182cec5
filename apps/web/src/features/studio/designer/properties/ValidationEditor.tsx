import { Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { DesignKind } from '../design-kinds';
import { ruleOf, setRule, type Rule, type RuleKind } from '../design-props';
import type { DesignNode } from '../design-tree';
import type { PanelEdit } from './panel-edit';

/** Formats both the browser (@formily/validator) and the server (validateFormValues) check alike. */
const FORMATS = [
  { value: 'email', label: '邮箱' },
  { value: 'phone', label: '电话（11 位手机号或 区号-号码）' },
  { value: 'zip', label: '邮编（6 位数字）' },
  { value: 'idcard', label: '身份证号' },
  { value: 'integer', label: '整数' },
];

const TEXT_KINDS: ReadonlyArray<DesignKind | 'unknown'> = ['text', 'textarea', 'month'];

function validRegex(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    return `正则表达式有误：${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * The rules a value must keep (`x-validator`), each with the message the user reads: a format, a regular
 * expression, a length for text; a range for numbers. Money needs none: amounts are checked exact to 分 anyway.
 */
export function ValidationEditor({ node, readOnly, onEdit }: { node: DesignNode; readOnly: boolean; onEdit: PanelEdit }) {
  const id = node.path.join('/');
  const set = (kind: RuleKind, rule: Rule | undefined) => onEdit((schema) => setRule(schema, node.path, kind, rule), `rule-${kind}:${id}`);
  if (node.kind === 'money') {
    return <Typography.Paragraph type="secondary">金额自动校验：{'万元最多 6 位小数、元最多 2 位小数（精确到分）'}。</Typography.Paragraph>;
  }
  if (node.kind === 'number') {
    const range = ruleOf(node.field, 'range') ?? {};
    return (
      <Form.Item label="取值范围" help="留空表示不限">
        <Space wrap>
          <InputNumber aria-label="最小值" placeholder="最小值" disabled={readOnly} value={range['minimum'] as number | undefined} onChange={(value) => set('range', { ...range, minimum: value ?? undefined })} />
          <InputNumber aria-label="最大值" placeholder="最大值" disabled={readOnly} value={range['maximum'] as number | undefined} onChange={(value) => set('range', { ...range, maximum: value ?? undefined })} />
          <Input aria-label="范围提示" placeholder="提示，如：数量应在 1 到 100 之间" disabled={readOnly} value={(range['message'] as string | undefined) ?? ''} onChange={(event) => set('range', { ...range, message: event.target.value })} />
        </Space>
      </Form.Item>
    );
  }
  if (!TEXT_KINDS.includes(node.kind)) return null;
  const pattern = ruleOf(node.field, 'pattern') ?? {};
  const format = ruleOf(node.field, 'format') ?? {};
  const length = ruleOf(node.field, 'length') ?? {};
  const patternText = (pattern['pattern'] as string | undefined) ?? '';
  const regexError = patternText ? validRegex(patternText) : undefined;
  return (
    <>
      <Form.Item label="格式" htmlFor="prop-format">
        <Space.Compact style={{ width: '100%' }}>
          <Select
            id="prop-format"
            allowClear
            placeholder="不限"
            disabled={readOnly}
            style={{ minWidth: 150 }}
            value={(format['format'] as string | undefined) ?? undefined}
            options={FORMATS}
            onChange={(value: string | undefined) => set('format', value ? { ...format, format: value } : undefined)}
          />
          <Input aria-label="格式不符时的提示" placeholder="格式不符时的提示" disabled={readOnly || !format['format']} value={(format['message'] as string | undefined) ?? ''} onChange={(event) => set('format', { ...format, message: event.target.value })} />
        </Space.Compact>
      </Form.Item>
      <Form.Item label="正则校验" htmlFor="prop-pattern" validateStatus={regexError ? 'error' : undefined} help={regexError ?? '值须整个符合的正则表达式，例如 ^1\\d{10}$（11 位手机号）'}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input id="prop-pattern" placeholder="^…$" disabled={readOnly} style={{ fontFamily: 'monospace' }} value={patternText} onChange={(event) => set('pattern', { ...pattern, pattern: event.target.value })} />
          <Input aria-label="不符合时的提示" placeholder="不符合时的提示，如：手机号码应为 11 位数字" disabled={readOnly || !patternText} value={(pattern['message'] as string | undefined) ?? ''} onChange={(event) => set('pattern', { ...pattern, message: event.target.value })} />
        </Space>
      </Form.Item>
      <Form.Item label="长度（字数）" help="留空表示不限">
        <Space wrap>
          <InputNumber aria-label="最少字数" min={0} placeholder="最少" disabled={readOnly} value={length['minLength'] as number | undefined} onChange={(value) => set('length', { ...length, minLength: value ?? undefined })} />
          <InputNumber aria-label="最多字数" min={1} placeholder="最多" disabled={readOnly} value={length['maxLength'] as number | undefined} onChange={(value) => set('length', { ...length, maxLength: value ?? undefined })} />
        </Space>
      </Form.Item>
    </>
  );
}
