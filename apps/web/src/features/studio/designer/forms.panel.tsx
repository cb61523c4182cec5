import { formatCitation, formatIssuePath, type Citation, type ResolvedFact } from '@banfa/policy-model';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Popconfirm, Radio, Space, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useStudioDraft } from '../studio-draft.context';
import { documentFacts } from './document-facts';
import { FormDesignerHost, type FormDesignerHostHandle } from './FormDesignerHost';
import { NewFormDialog } from './NewFormDialog';

type FormEntry = Record<string, unknown>;

/** Where the document uses a form (so deleting it says what would lose its form). */
function formUses(data: Record<string, unknown>, id: string): string[] {
  const uses: string[] = [];
  const list = (value: unknown) => (Array.isArray(value) ? (value as FormEntry[]) : []);
  for (const stage of list(data['stages'])) {
    for (const step of list(stage['steps'])) if (step['form'] === id) uses.push(`环节“${String(step['name'] ?? step['id'])}”`);
    for (const attachment of list(stage['attachments'])) if (attachment['form'] === id) uses.push(`材料“${String(attachment['name'] ?? attachment['id'])}”`);
  }
  for (const rule of list(data['changeRules'])) if (rule['form'] === id) uses.push(`变更规则“${String(rule['name'] ?? rule['id'])}”`);
  for (const obligation of list(data['obligations'])) if (obligation['form'] === id) uses.push(`义务“${String(obligation['name'] ?? obligation['id'])}”`);
  return uses;
}

function citeText(cite: unknown): string {
  try {
    return cite && typeof cite === 'object' ? formatCitation(cite as Citation) : '';
  } catch {
    return '';
  }
}

/** The same array while the facts read the same (the document is re-parsed on every edit; its facts rarely change). */
function useStableFacts(facts: ResolvedFact[]): ResolvedFact[] {
  const kept = useRef<{ json: string; facts: ResolvedFact[] } | null>(null);
  const json = JSON.stringify(facts);
  if (kept.current?.json !== json) kept.current = { json, facts };
  return kept.current.facts;
}

/**
 * The 表单 tab of the policy studio: the document's forms (its 附表), a new empty one, and the open one in the form
 * designer, which writes its schema back into the draft. A published version shows them read-only.
 */
export function FormsPanel() {
  const draft = useStudioDraft();
  const forms = useMemo(() => (Array.isArray(draft.data['forms']) ? (draft.data['forms'] as FormEntry[]) : []), [draft.data]);
  const ids = forms.map((form) => String(form['id'] ?? ''));
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const current = openId !== null && ids.includes(openId) ? openId : ids[0];
  const index = current === undefined ? -1 : ids.indexOf(current);
  const facts = useStableFacts(documentFacts(draft));
  const host = useRef<FormDesignerHostHandle>(null);
  const formSchema = { flush: () => host.current?.flush() };
  const issues = index >= 0 ? draft.issuesAt(['forms', index]) : [];
  const open = forms[index];

  const remove = (id: string) => {
    const at = ids.indexOf(id);
    if (at < 0) return;
    formSchema.flush();
    draft.deleteIn(['forms', at]);
    if (id === current) setOpenId(ids.find((other) => other !== id) ?? null);
  };

  const openUses = current ? formUses(draft.data, current) : [];
  return (
    <div data-testid="forms-panel">
      <Space wrap style={{ marginBottom: 12 }} align="center">
        <Typography.Text strong>表单：</Typography.Text>
        {forms.length === 0 ? (
          <Typography.Text type="secondary">本办法还没有表单</Typography.Text>
        ) : (
          <Radio.Group
            optionType="button"
            value={current}
            onChange={(event) => {
              formSchema.flush();
              setOpenId(event.target.value as string);
            }}
            options={forms.map((form) => {
              const id = String(form['id'] ?? '');
              const cite = citeText(form['cite']);
              return { value: id, label: <span data-testid={`form-item-${id}`}>{String(form['title'] ?? id)}{cite ? `（${cite}）` : ''}</span> };
            })}
          />
        )}
        <Button type="dashed" icon={<PlusOutlined />} disabled={!draft.editable} onClick={() => setCreating(true)}>
          新建表单
        </Button>
      </Space>
      {!open || current === undefined ? (
        <Card size="small">
          <Empty description={forms.length === 0 ? '点“新建表单”开始设计第一张表单' : '请选择一张表单'} />
        </Card>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap align="center">
            <Typography.Title level={5} style={{ margin: 0 }}>
              {String(open['title'] ?? current)}
            </Typography.Title>
            {citeText(open['cite']) && <Tag>{citeText(open['cite'])}</Tag>}
            <Typography.Text type="secondary" copyable={{ text: current }}>
              标识 {current}
            </Typography.Text>
            {draft.editable && current && (
              <Popconfirm
                title={`删除表单“${String(open['title'] ?? current)}”？`}
                description={openUses.length > 0 ? `${openUses.join('、')}引用了它，删除后须改为引用其他表单。` : '删除后可在 YAML 中重新写入。'}
                okText="删除"
                cancelText="取消"
                onConfirm={() => remove(current)}
              >
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={`删除表单${String(open['title'] ?? current)}`}>
                  删除此表单
                </Button>
              </Popconfirm>
            )}
          </Space>
          {!draft.editable && <Alert type="info" showIcon message="已发布的版本只能查看表单；预览仍可填写试用。" />}
          {issues.length > 0 && (
            <Alert
              type="warning"
              showIcon
              message="政策校验对本表单的意见"
              description={issues.map((issue, at) => (
                <div key={at}>
                  {issue.line ? `第 ${issue.line} 行：` : ''}
                  {issue.message}
                  <Typography.Text type="secondary"> [{formatIssuePath(issue.path)}]</Typography.Text>
                </div>
              ))}
            />
          )}
          <FormDesignerHost ref={host} draft={draft} index={index} formId={current} facts={facts} />
        </Space>
      )}
      <NewFormDialog
        open={creating}
        takenIds={ids}
        onCancel={() => setCreating(false)}
        onCreate={(form) => {
          formSchema.flush();
          draft.appendIn(['forms'], { id: form.id, title: form.title, cite: form.cite, schema: { type: 'object', properties: {} } });
          setOpenId(form.id);
          setCreating(false);
        }}
      />
    </div>
  );
}
