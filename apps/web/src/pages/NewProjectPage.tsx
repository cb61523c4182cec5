import type { ProjectView, SubmissionPolicyView } from '@banfa/api-contract';
import { Form, FormButtonGroup, Submit } from '@formily/antd-v5';
import { createForm, isField, onFormValuesChange } from '@formily/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../api/http';
import { useAuth } from '../auth/AuthContext';
import { withMoneyRules } from '../formily/money-rules';
import { SchemaField } from '../formily/SchemaField';
import { CiteTag } from '../features/procedure/CiteTag';
import { clearDraft, loadDraft, saveDraft } from './draft-storage';

interface Values {
  formValues: Record<string, unknown>;
  factAnswers: Record<string, unknown>;
}

/** A department fills 项目立项申请表 and the facts the rules need, then submits under the policy in force. */
export function NewProjectPage() {
  const { session } = useAuth();
  const jurisdiction = session?.actor.jurisdictionCode ?? '';
  const policy = useQuery({
    queryKey: ['submission-policy', jurisdiction],
    queryFn: () => api<SubmissionPolicyView>(`/jurisdictions/${jurisdiction}/policy`),
    enabled: jurisdiction !== '',
  });

  if (policy.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (policy.isError) {
    return <Result status="warning" title="无法载入本地区的政策" subTitle={policy.error.message} extra={<Button onClick={() => policy.refetch()}>重试</Button>} />;
  }
  return <ApplicationForm policy={policy.data} draftKey={`${session?.user.id}:${policy.data.versionId}`} />;
}

function ApplicationForm({ policy, draftKey }: { policy: SubmissionPolicyView; draftKey: string }) {
  const navigate = useNavigate();
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useMemo(
    () =>
      createForm<Values>({
        initialValues: loadDraft<Values>(draftKey) ?? { formValues: {}, factAnswers: {} },
        effects: () => onFormValuesChange((changed) => saveDraft(draftKey, changed.values)),
      }),
    [draftKey],
  );
  const schema = useMemo(
    () => ({
      type: 'object',
      properties: {
        formValues: withMoneyRules({ ...policy.applicationForm.schema, type: 'object' }),
        factAnswers: { ...withMoneyRules(policy.factQuestions), type: 'object', title: '规则所需信息', 'x-component': 'Section' },
      },
    }),
    [policy],
  );
  const submit = useMutation({
    mutationFn: (values: Values) =>
      // One step: the api validates everything, creates the project and submits it (nothing is stored if it refuses).
      api<ProjectView>('/projects', { method: 'POST', body: { policyVersionId: policy.versionId, ...values, submit: true } }),
    onSuccess: (project) => {
      clearDraft(draftKey);
      navigate(`/projects/${project.id}`);
    },
    onError: (error) => {
      setServerError(error.message);
      if (error instanceof ApiError) {
        for (const detail of error.body.details) {
          const field = form.query(detail.field ?? '').take();
          if (field && isField(field)) field.setFeedback({ type: 'error', code: 'ServerError', messages: [detail.message] });
        }
      }
    },
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {policy.applicationForm.title} <CiteTag text={policy.applicationForm.citeText} />
        </Typography.Title>
        <Typography.Text type="secondary">
          适用政策：{policy.title}（{policy.versionLabel.includes(policy.statusLabel) ? policy.versionLabel : `${policy.versionLabel}，${policy.statusLabel}`}）· 提交时将固定适用此版本 · 填写内容自动保存在本机
        </Typography.Text>
      </Card>
      {serverError && <Alert type="error" showIcon message={serverError} closable onClose={() => setServerError(null)} />}
      <Form form={form} layout="vertical" feedbackLayout="terse">
        <SchemaField schema={schema} />
        <FormButtonGroup>
          <Submit size="large" loading={submit.isPending} onSubmit={(values: Values) => submit.mutateAsync(values)} onSubmitFailed={(failure: unknown) => {
              // Formily reports its own validation as a list of feedbacks; a failed request has already said why.
              if (Array.isArray(failure)) setServerError('请按提示修改标红的内容后再提交');
            }}>
            提交申报
          </Submit>
        </FormButtonGroup>
      </Form>
    </Space>
  );
}
