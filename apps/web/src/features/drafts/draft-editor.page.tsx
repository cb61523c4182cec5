import type { ProjectView, SubmissionPolicyView } from '@banfa/api-contract';
import type { DecisionReport } from '@banfa/policy-runtime';
import { Form, FormButtonGroup, Submit } from '@formily/antd-v5';
import { createForm, isField, onFormValuesChange } from '@formily/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Result, Row, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/http';
import { useAuth } from '../../auth/AuthContext';
import { withMoneyRules } from '../../formily/money-rules';
import { SchemaField } from '../../formily/SchemaField';
import { missingRequired, requirementsWithFiles } from '../attachments/attachment-requirements';
import { AttachmentsPanel, useAttachments } from '../attachments/attachments.panel';
import { CiteTag } from '../procedure/CiteTag';
import { StepsTable } from '../procedure/StepsTable';
import { localKey, useDraftAutosave, valuesToOpen, type DraftValues, type LocalDraft } from './draft-autosave';
import { loadDraft } from '../../pages/draft-storage';
import { SaveStatus } from './save-status';

/**
 * A department's application (项目立项申请) from the first keystroke to submission: the policy's own form and the
 * facts its rules read, saved as a draft as it is typed, the materials the policy asks for (and why), and the
 * procedure it would start, all under the version in force, which submission pins.
 */
export function DraftEditorPage() {
  const { id } = useParams();
  const { session } = useAuth();
  const jurisdiction = session?.actor.jurisdictionCode ?? '';
  const policy = useQuery({
    queryKey: ['submission-policy', jurisdiction],
    queryFn: () => api<SubmissionPolicyView>(`/jurisdictions/${jurisdiction}/policy`),
    enabled: jurisdiction !== '',
  });
  const draft = useQuery({ queryKey: ['project', id], queryFn: () => api<ProjectView>(`/projects/${id}`), enabled: id !== undefined, staleTime: Infinity });

  if (policy.isPending || (id !== undefined && draft.isPending)) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (policy.isError) {
    return <Result status="warning" title="无法载入本地区现行的管理办法" subTitle={policy.error.message} extra={<Button onClick={() => policy.refetch()}>重试</Button>} />;
  }
  if (draft.isError) return <Result status="404" title="找不到该草稿" subTitle={draft.error.message} />;
  if (draft.data && draft.data.state !== 'draft') return <Navigate to={`/projects/${draft.data.id}`} replace />;
  return <DraftForm key={id ?? 'new'} policy={policy.data} draft={draft.data ?? null} userId={session?.user.id ?? ''} />;
}

function DraftForm({ policy, draft, userId }: { policy: SubmissionPolicyView; draft: ProjectView | null; userId: string }) {
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const [projectId, setProjectId] = useState<string | null>(draft?.id ?? null);
  const [preview, setPreview] = useState<DecisionReport | null>(draft?.preview ?? null);
  const [serverError, setServerError] = useState<string | null>(null);
  const versionId = draft?.policy.versionId ?? policy.versionId;
  const autosave = useDraftAutosave({
    projectId,
    lockVersion: draft?.lockVersion ?? 0,
    userId,
    versionId,
    onSaved: (view) => {
      setPreview(view.preview);
      if (!projectId) {
        setProjectId(view.id);
        // The address of the draft from now on, without remounting the form being typed in.
        window.history.replaceState(window.history.state, '', `/projects/${view.id}/edit`);
      }
    },
  });
  const opened = useRef(
    valuesToOpen(draft ? { values: { formValues: draft.formValues, factAnswers: draft.factAnswers }, lockVersion: draft.lockVersion } : null,
      loadDraft<LocalDraft>(localKey(draft?.id ?? null, userId, versionId))),
  );
  const form = useMemo(
    () =>
      createForm<DraftValues>({
        initialValues: opened.current.values,
        effects: () => onFormValuesChange((changed) => autosave.change(JSON.parse(JSON.stringify(changed.values)) as DraftValues)),
      }),
    // The form is made once per draft; autosave.change is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  useEffect(() => {
    // Edits this browser kept but the server never got: send them now.
    if (opened.current.restored) autosave.change(opened.current.values);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
  const files = useAttachments(projectId);

  const submit = useMutation({
    mutationFn: async () => {
      const saved = await autosave.flush();
      if (!saved.projectId) throw new ApiError(0, { code: 'not-saved', message: '草稿尚未保存到服务器，请检查网络后重试', details: [] });
      return api<ProjectView>(`/projects/${saved.projectId}/submit`, { method: 'POST', body: { lockVersion: saved.lockVersion } });
    },
    onSuccess: (project) => navigate(`/projects/${project.id}`),
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

  const confirmAndSubmit = async () => {
    const missing = preview ? missingRequired(requirementsWithFiles(preview, files.data ?? [], policy.applicationForm.id)) : [];
    if (missing.length > 0) {
      const go = await modal.confirm({
        title: '还有必需的材料没有上传',
        content: (
          <Space direction="vertical">
            {missing.map((item) => (
              <Typography.Text key={item.report.id}>
                · {item.report.name} <CiteTag text={item.report.citeText} />
              </Typography.Text>
            ))}
            <Typography.Text type="secondary">可以先提交，之后在项目页面补充上传；审查机构会看到材料不全。</Typography.Text>
          </Space>
        ),
        okText: '仍然提交',
        cancelText: '返回上传',
      });
      if (!go) return;
    }
    await submit.mutateAsync().catch(() => undefined);
  };

  const versionNote = policy.versionLabel.includes(policy.statusLabel) ? policy.versionLabel : `${policy.versionLabel}，${policy.statusLabel}`;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space direction="vertical" size={2} style={{ width: '100%' }}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {policy.applicationForm.title} <CiteTag text={policy.applicationForm.citeText} />
            </Typography.Title>
            <SaveStatus state={autosave.saveState} />
          </Space>
          <Typography.Text type="secondary">
            适用政策：{policy.title}（{versionNote}）· 提交时将固定适用此版本
          </Typography.Text>
        </Space>
      </Card>
      {draft && draft.policy.versionId !== policy.versionId && (
        <Alert type="warning" showIcon message={`本地区现行的管理办法已更新为“${policy.title}（${policy.versionLabel}）”；提交时将按现行版本校验，请核对后再提交。`} />
      )}
      {opened.current.restored && <Alert type="info" showIcon closable message="已恢复本机保存、尚未上传到服务器的填写内容" />}
      {autosave.saveState.kind === 'conflict' && (
        <Alert
          type="error"
          showIcon
          message="草稿已在别处被修改"
          description={`${autosave.saveState.message}。你在这里的修改仍保存在本机，但不会覆盖对方的保存。`}
          action={<Button onClick={() => window.location.reload()}>载入最新内容</Button>}
        />
      )}
      {serverError && <Alert type="error" showIcon message={serverError} closable onClose={() => setServerError(null)} />}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card size="small">
            <Form form={form} layout="vertical" feedbackLayout="terse">
              <SchemaField schema={schema} />
              <FormButtonGroup>
                <Submit
                  size="large"
                  loading={submit.isPending}
                  onSubmit={() => confirmAndSubmit()}
                  onSubmitFailed={(failure: unknown) => {
                    if (Array.isArray(failure)) setServerError('请按提示修改标红的内容后再提交');
                  }}
                >
                  提交申报
                </Submit>
              </FormButtonGroup>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title="申报材料">
              {projectId && preview ? (
                <AttachmentsPanel projectId={projectId} report={preview} applicationFormId={policy.applicationForm.id} mode="draft" />
              ) : (
                <Typography.Text type="secondary">开始填写后草稿会自动保存，随后即可在这里上传申报材料。</Typography.Text>
              )}
            </Card>
            <Card size="small" title="提交后的办理程序（预览）" data-testid="preview">
              {preview?.track ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Typography.Text>
                    管理方式：<Typography.Text strong>{preview.track.name}</Typography.Text> <CiteTag text={preview.track.citeText} />
                  </Typography.Text>
                  <StepsTable steps={preview.steps.filter((step) => step.state !== 'skipped')} compact />
                </Space>
              ) : (
                <Typography.Text type="secondary">
                  {preview?.findings.find((finding) => finding.code === 'track-undetermined')?.message ?? '填写项目总投资等信息后，这里显示适用的管理方式和办理程序'}
                </Typography.Text>
              )}
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
