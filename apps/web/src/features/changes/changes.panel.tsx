import type { ChangeRequestBody, ChangeView, ProjectView } from '@banfa/api-contract';
import { subject } from '@banfa/permissions';
import type { PolicyDocument } from '@banfa/policy-model';
import type { ChangeVerdict } from '@banfa/policy-runtime';
import { Form } from '@formily/antd-v5';
import { createForm, onFormValuesChange } from '@formily/core';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Collapse, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../../api/http';
import { useAuth } from '../../auth/AuthContext';
import { withMoneyRules } from '../../formily/money-rules';
import { SchemaField } from '../../formily/SchemaField';
import { formatChineseDate } from '../procedure/format-date';
import { changeLines } from './change-lines';
import { ChangeVerdictView } from './change-verdict.view';

const STATUS: Record<ChangeView['status'], { label: string; color: string }> = {
  'pending-approval': { label: '等待审批', color: 'processing' },
  approved: { label: '已同意', color: 'success' },
  refused: { label: '未同意', color: 'error' },
  allowed: { label: '无需审批，可以变更', color: 'success' },
  'not-allowed': { label: '超出本办法规定', color: 'warning' },
};

interface Props {
  project: ProjectView;
  document: PolicyDocument;
  changes: ChangeView[];
  canRequest: boolean;
  onDone: () => void;
}

/** 变更申请: the requests so far with their verdicts and approvals, and a new one checked live as 附表3 is filled in. */
export function ChangesPanel({ project, document, changes, canRequest, onDone }: Props) {
  const pending = changes.some((change) => change.status === 'pending-approval');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {changes.length === 0 ? (
        <Empty description={canRequest ? '尚无变更申请。建设内容与合同不符需要变更时，在下方填写变更单。' : '尚无变更申请'} />
      ) : (
        <List
          dataSource={changes}
          renderItem={(change) => <ChangeItem key={change.id} project={project} change={change} onDone={onDone} />}
        />
      )}
      {canRequest && document.changeRules.length > 0 && !pending && <NewChange project={project} document={document} onDone={onDone} />}
      {canRequest && pending && <Typography.Text type="secondary">上一次变更申请仍在审批中，办结后才能再次申请。</Typography.Text>}
    </Space>
  );
}

function ChangeItem({ project, change, onDone }: { project: ProjectView; change: ChangeView; onDone: () => void }) {
  const { ability } = useAuth();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (outcome: 'approve' | 'refuse') =>
      api<ChangeView>(`/projects/${project.id}/changes/${change.id}/decisions`, { method: 'POST', body: { outcome, ...(reason.trim() ? { reason: reason.trim() } : {}) } }),
    onSuccess: () => {
      message.success('已提出意见');
      onDone();
    },
    onError: (error) => message.error(error.message),
  });
  const mine = change.approvals.filter(
    (approval) => approval.outcome === null && ability?.can('review', subject('Step', { jurisdictionCode: project.jurisdictionCode, bodyKey: approval.body.catalogueKey })),
  );
  return (
    <List.Item>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{formatChineseDate(change.requestedOn)}申请变更</Typography.Text>
          <Tag color={STATUS[change.status].color}>{STATUS[change.status].label}</Tag>
          {change.formValues && <Link to={`/projects/${project.id}/print/change-request?change=${change.id}`}>打印变更单</Link>}
        </Space>
        {change.description && <Typography.Text>{change.description}</Typography.Text>}
        <ChangeVerdictView verdict={change.verdict} />
        {change.approvals.map((approval) => (
          <Typography.Text key={approval.body.id} type="secondary">
            {approval.body.name}：
            {approval.outcome === null ? '待审批' : `${approval.outcome === 'approve' ? '同意' : '不同意'}（${formatChineseDate(approval.on!)}）${approval.reason ? `：${approval.reason}` : ''}`}
          </Typography.Text>
        ))}
        {change.status === 'pending-approval' && mine.length > 0 && (
          <Space wrap>
            <Input placeholder="意见（不同意须说明理由）" value={reason} onChange={(event) => setReason(event.target.value)} style={{ width: 320 }} aria-label="变更审批意见" />
            <Button type="primary" loading={decide.isPending} onClick={() => decide.mutate('approve')}>
              同意变更
            </Button>
            <Button danger disabled={reason.trim() === ''} loading={decide.isPending} onClick={() => decide.mutate('refuse')}>
              不同意
            </Button>
          </Space>
        )}
      </Space>
    </List.Item>
  );
}

function NewChange({ project, document, onDone }: { project: ProjectView; document: PolicyDocument; onDone: () => void }) {
  const { message } = App.useApp();
  const formId = document.changeRules.find((rule) => rule.form)?.form;
  const changeForm = formId ? document.forms.find((form) => form.id === formId) : undefined;
  const [newTotal, setNewTotal] = useState('');
  // Read by the form's change effect, which is made once: the latest value, not the first render's.
  const newTotalRef = useRef('');
  newTotalRef.current = newTotal;
  const [verdict, setVerdict] = useState<ChangeVerdict | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Made once; the effect calls the latest schedule through the ref-backed timer.
  const form = useMemo(() => createForm<Record<string, unknown>>({ effects: () => onFormValuesChange(() => schedule()) }), []); // eslint-disable-line react-hooks/exhaustive-deps
  const schema = useMemo(() => (changeForm ? withMoneyRules(changeForm.schema as Record<string, unknown>) : null), [changeForm]);

  const body = (): ChangeRequestBody => {
    const values = JSON.parse(JSON.stringify(form.values)) as Record<string, unknown>;
    const description = [values['content'], values['basis']].filter((text) => typeof text === 'string' && text.trim() !== '').join('；');
    return {
      lines: schema ? changeLines(schema, values) : [],
      ...(newTotalRef.current.trim() ? { newTotal: `${newTotalRef.current.trim()}万元` } : {}),
      ...(description ? { description } : {}),
    };
  };
  const check = async () => {
    const request = body();
    if ((request.lines ?? []).length === 0 && !request.newTotal) {
      setVerdict(null);
      return;
    }
    try {
      setVerdict(await api<ChangeVerdict>(`/projects/${project.id}/changes/check`, { method: 'POST', body: request }));
      setCheckError(null);
    } catch (error) {
      setCheckError(error instanceof ApiError ? error.message : '暂时无法判断');
    }
  };
  function schedule() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void check(), 400);
  }
  useEffect(() => schedule(), [newTotal]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = useMutation({
    mutationFn: async () => {
      await form.validate();
      return api<ChangeView>(`/projects/${project.id}/changes`, { method: 'POST', body: { ...body(), formValues: JSON.parse(JSON.stringify(form.values)) } });
    },
    onSuccess: () => {
      message.success('变更申请已提交');
      onDone();
    },
  });

  return (
    <Card size="small" title={changeForm ? `申请变更：${changeForm.title}` : '申请变更'} data-testid="new-change">
      <Collapse
        size="small"
        defaultActiveKey={['form']}
        items={[
          {
            key: 'form',
            label: '填写变更单（原小计、现小计用于按变更规定实时判断）',
            children: schema ? (
              <Form form={form} layout="vertical" feedbackLayout="terse">
                <SchemaField schema={schema} />
              </Form>
            ) : (
              <Typography.Text type="secondary">本办法没有规定变更单格式，请填写变更后总金额。</Typography.Text>
            ),
          },
        ]}
      />
      <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
        <Space wrap>
          <span>变更后项目总金额</span>
          <Input value={newTotal} onChange={(event) => setNewTotal(event.target.value)} suffix="万元" inputMode="decimal" style={{ width: 200 }} aria-label="变更后项目总金额" />
        </Space>
        {verdict ? <ChangeVerdictView verdict={verdict} /> : <Typography.Text type="secondary">填写变更清单的原小计、现小计后，这里实时显示按本办法判断的结果。</Typography.Text>}
        {checkError && <Typography.Text type="danger">{checkError}</Typography.Text>}
        {submit.isError && <Typography.Text type="danger">{submit.error instanceof ApiError ? submit.error.message : '请按提示修改标红的内容'}</Typography.Text>}
        <Button type="primary" loading={submit.isPending} onClick={() => submit.mutate()}>
          提交变更申请
        </Button>
      </Space>
    </Card>
  );
}
