import { extractFacts, formatMoney, validateFormValues, type FactValue, type FieldIssue, type ResolvedFact } from '@banfa/policy-model';
import { Form, FormButtonGroup, Reset, Submit } from '@formily/antd-v5';
import { createForm, type Form as FormilyForm } from '@formily/core';
import { Alert, Descriptions, Space, Typography } from 'antd';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { withMoneyRules } from '../../../formily/money-rules';
import { commitConditions } from '../../../formily/form-conditions.reactions';
import { createPrepareCache, PreparedSchemaField, prepareFormSchema } from '../../../formily/SchemaField';
import { orderedEntries } from './design-tree';
import type { SchemaNode } from './design-kinds';
import { applyRebuild, rebuildPlan } from './preview-rebuild';
import { patchField, previewUpdate } from './preview-sync';

interface Mounted {
  schema: SchemaNode;
  form: FormilyForm;
}

type Outcome = { kind: 'failed'; count: number } | { kind: 'submitted'; values: Record<string, unknown>; facts: Record<string, FactValue>; server: FieldIssue[] };

/** Plain data of a form's values, without Formily's bookkeeping in the rows of array tables. */
function plain(values: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(values ?? {}, (key, value: unknown) => (key.startsWith('__DO_NOT_USE') ? undefined : value))) as Record<string, unknown>;
}

/**
 * The form as a department will fill it, live: rendered with the same SchemaField (components, CEL conditions,
 * money exact to 分), fillable and submittable. Submitting shows the validation in the form, then the values and the
 * facts they feed, and what the server's validation (validateFormValues) says of the same values.
 */
export function DesignPreview({ schema, facts }: { schema: SchemaNode; facts: ReadonlyArray<ResolvedFact> }) {
  const [mounted, setMounted] = useState<Mounted>(() => ({ schema, form: createForm() }));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const applied = useRef(schema);

  useLayoutEffect(() => {
    if (schema === applied.current) return;
    const previous = applied.current;
    const update = previewUpdate(previous, schema);
    applied.current = schema;
    if (update.kind === 'none') return;
    if (update.kind === 'patch' && update.patches.every(({ address, node }) => patchField(mounted.form, address, node))) return;
    // The shape changed: the same form, its changed fields cleared, renders the new schema.
    applyRebuild(mounted.form, rebuildPlan(previous, schema));
    setMounted((before) => ({ ...before, schema }));
  }, [schema, mounted.form]);

  const [cache] = useState(createPrepareCache);
  // Prepared with a cache: a part of the schema that did not change is the same prepared object as before.
  const rendered = useMemo(() => prepareFormSchema(withMoneyRules(mounted.schema), cache), [mounted.schema, cache]);
  useLayoutEffect(() => commitConditions(cache.conditions), [rendered, cache]);
  const count = Object.keys((schema['properties'] as object | undefined) ?? {}).length;
  const latest = useRef({ schema, facts });
  latest.current = { schema, facts };
  const onSubmit = useCallback((values: unknown) => {
    const data = plain(values);
    const { schema: current, facts: known } = latest.current;
    setOutcome({ kind: 'submitted', values: data, facts: extractFacts(current, data, known), server: validateFormValues(current, data) });
  }, []);
  const onFailed = useCallback((feedbacks: unknown) => setOutcome({ kind: 'failed', count: Array.isArray(feedbacks) ? feedbacks.length : 0 }), []);
  const onReset = useCallback(() => setOutcome(null), []);

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="designer-preview">
      {count === 0 ? (
        <Typography.Text type="secondary">表单还是空的：从左侧组件栏添加字段后，这里显示部门填写时看到的表单。</Typography.Text>
      ) : (
        <PreviewForm form={mounted.form} schema={rendered} onSubmit={onSubmit} onFailed={onFailed} onReset={onReset} />
      )}
      {outcome?.kind === 'failed' && <Alert type="error" showIcon message={`有 ${outcome.count} 项需要修改，请按表单中的红色提示填写`} data-testid="preview-failed" />}
      {outcome?.kind === 'submitted' && <SubmittedView outcome={outcome} facts={facts} />}
    </Space>
  );
}

const PreviewPart = memo(function PreviewPart({ name, node }: { name: string; node: SchemaNode }) {
  const schema = useMemo(() => ({ type: 'object', properties: { [name]: node } }), [name, node]);
  return <PreparedSchemaField schema={schema} />;
});

interface PreviewFormProps {
  form: FormilyForm;
  schema: SchemaNode;
  onSubmit: (values: unknown) => void;
  onFailed: (feedbacks: unknown) => void;
  onReset: () => void;
}

/**
 * The rendered form, re-rendered only when the schema's shape changed. A patched field updates itself (Formily's
 * reactive state); a render of the form itself would give every field a new expression scope (Formily's Form
 * provides one per render) and walk React through every field of the preview on every keystroke in the designer.
 * Each top-level part (a section, mostly) renders on its own, again only when its schema changed: adding a field
 * to one section of 300 fields renders that section.
 */
const PreviewForm = memo(function PreviewForm({ form, schema, onSubmit, onFailed, onReset }: PreviewFormProps) {
  const parts = orderedEntries(schema['properties'] as Record<string, SchemaNode> | undefined);
  return (
    <Form form={form} layout="vertical" feedbackLayout="terse">
      {parts.map(([name, node]) => (
        <PreviewPart key={name} name={name} node={node} />
      ))}
      <FormButtonGroup>
        <Submit onSubmit={onSubmit} onSubmitFailed={onFailed}>
          提交（预览）
        </Submit>
        <Reset onClick={onReset}>清空</Reset>
      </FormButtonGroup>
    </Form>
  );
});

function factText(value: FactValue, fact: ResolvedFact | undefined): string {
  if (typeof value === 'bigint') return fact?.type === 'money' ? `${formatMoney(value, '万元')}万元（${value.toString()} 分）` : value.toString();
  if (typeof value === 'boolean') return value ? '是' : '否';
  return fact?.options?.find((option) => option.value === value)?.label ?? value;
}

function SubmittedView({ outcome, facts }: { outcome: Extract<Outcome, { kind: 'submitted' }>; facts: ReadonlyArray<ResolvedFact> }) {
  const entries = Object.entries(outcome.facts);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="preview-submitted">
      <Alert
        type={outcome.server.length === 0 ? 'success' : 'warning'}
        showIcon
        message={outcome.server.length === 0 ? '提交成功（预览）：服务器端校验同样通过' : '浏览器校验通过，但服务器端校验发现问题'}
        description={outcome.server.length > 0 ? outcome.server.map((issue) => `${issue.field}：${issue.message}`).join('；') : undefined}
      />
      <Descriptions size="small" column={1} bordered title="填入的事实" data-testid="preview-facts">
        {entries.length === 0 ? (
          <Descriptions.Item label="（无）">本表没有字段对应事实，或对应的字段未填写</Descriptions.Item>
        ) : (
          entries.map(([key, value]) => {
            const fact = facts.find((candidate) => candidate.key === key);
            return (
              <Descriptions.Item key={key} label={`${fact?.label ?? key}（${key}）`}>
                {factText(value, fact)}
              </Descriptions.Item>
            );
          })
        )}
      </Descriptions>
      <Typography.Text strong>表单数据</Typography.Text>
      <pre data-testid="preview-values" style={{ maxHeight: 240, overflow: 'auto', background: '#fafafa', padding: 8, margin: 0 }}>
        {JSON.stringify(outcome.values, null, 2)}
      </pre>
    </Space>
  );
}
