import type { ChangeView, FormView, ProjectView } from '@banfa/api-contract';
import type { PolicyDocument } from '@banfa/policy-model';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Form } from '@formily/antd-v5';
import { createForm, onFormValuesChange, type Form as FormilyForm } from '@formily/core';
import { toJS } from '@formily/reactive';
import { observer } from '@formily/react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/http';
import { withMoneyRules } from '../../formily/money-rules';
import { SchemaField } from '../../formily/SchemaField';
import { loadDraft, saveDraft } from '../../pages/draft-storage';
import { OfficialForm } from './official-form.layout';
import {
  applicantOf,
  changeFormValues,
  findChange,
  findForm,
  isApplicationForm,
  prefillFromProject,
  printDraftKey,
  projectNumberOf,
  signedCopyRequirementId,
  type PolicyVersionContent,
} from './print-form.data';
import { PRINT_HIDE_CLASS, PRINT_ROOT_CLASS } from './print-root.constants';
import { SignedCopyUpload } from './signed-copy.upload';

/**
 * /projects/:id/print/:formId[?change=<changeId>]: one of the policy's official forms (附表1–3) as its paper table,
 * to print on A4 and, once stamped and signed, to upload back as a scan. The application form prints the project's
 * values, a change's 项目变更单 the change's; any other form (附表2) is filled in on this page and kept in this
 * browser until printed.
 */
export function PrintFormPage() {
  const { id = '', formId = '' } = useParams();
  const [search] = useSearchParams();
  const changeId = search.get('change');
  const project = useQuery({ queryKey: ['project', id], queryFn: () => api<ProjectView>(`/projects/${id}`) });
  const versionId = project.data?.policy.versionId;
  // Same keys as the project page, so the cached project, version and changes serve both.
  const version = useQuery({
    queryKey: ['policy-version', versionId],
    queryFn: () => api<PolicyVersionContent>(`/policy-versions/${versionId}`),
    enabled: versionId !== undefined,
    staleTime: Infinity,
  });
  const changes = useQuery({
    queryKey: ['project', id, 'changes'],
    queryFn: () => api<ChangeView[]>(`/projects/${id}/changes`),
    enabled: changeId !== null,
  });

  const back = (
    <Link to={`/projects/${id}`}>
      <Button icon={<ArrowLeftOutlined />}>返回项目</Button>
    </Link>
  );
  if (project.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (project.isError) {
    return <Result status="404" title="找不到该项目" subTitle={project.error.message} extra={<Link to="/projects/new">申报新项目</Link>} />;
  }
  if (version.isError) return <Result status="warning" title="无法载入项目适用的政策版本" subTitle={version.error.message} extra={back} />;
  if (version.isPending || (changeId !== null && changes.isPending)) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (changes.isError) return <Result status="warning" title="无法载入项目的变更申请" subTitle={changes.error.message} extra={back} />;

  const doc = version.data.content;
  const form = findForm(doc, formId);
  if (!form) {
    return (
      <Result
        status="404"
        title={`本项目适用的政策没有表格“${formId}”`}
        subTitle={<PrintableForms doc={doc} projectId={id} />}
        extra={back}
      />
    );
  }

  const view = project.data;
  const sheet = { project: view, form, doc };
  const printed = (values: Record<string, unknown>) => (
    <OfficialForm form={form} values={values} projectNumber={projectNumberOf(view)} applicant={applicantOf(view)} />
  );
  if (changeId !== null) {
    const change = findChange(changes.data, changeId);
    if (!change) return <Result status="404" title="找不到该变更申请" subTitle={`变更申请 ${changeId} 不属于本项目，或已无权查看`} extra={back} />;
    if (doc.changeRules.some((rule) => rule.form === formId)) {
      return (
        <PrintSheet {...sheet} note={`变更申请（${change.requestedOn}）的${form.title}`}>
          {printed(changeFormValues(change, view))}
        </PrintSheet>
      );
    }
  }
  if (isApplicationForm(doc, formId)) {
    return (
      <PrintSheet {...sheet} note={view.state === 'draft' ? '项目尚未申报：打印的是当前草稿的内容' : undefined}>
        {printed(view.formValues)}
      </PrintSheet>
    );
  }
  const draftKey = printDraftKey(view.id, form.id);
  return <FillInSheet key={draftKey} {...sheet} draftKey={draftKey} />;
}

interface SheetProps {
  project: ProjectView;
  form: FormView;
  doc: PolicyDocument;
}

/** The print root: the toolbar and an editor (screen only), then the sheet (children). */
function PrintSheet({ project, form, doc, note, editor, children }: SheetProps & { note?: string; editor?: ReactNode; children: ReactNode }) {
  const projectNumber = projectNumberOf(project);
  useEffect(() => {
    // The browser offers the title as the file name of a PDF printed from here.
    const previous = document.title;
    document.title = `${form.title}-${projectNumber}`;
    return () => {
      document.title = previous;
    };
  }, [form.title, projectNumber]);
  return (
    <div className={PRINT_ROOT_CLASS} data-testid="print-root">
      <Card size="small" className={PRINT_HIDE_CLASS} style={{ marginBottom: 16 }}>
        <Space direction="vertical" size="small" style={{ width: '100%' }}>
          <Space wrap align="start">
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
              打印
            </Button>
            <Link to={`/projects/${project.id}`}>
              <Button icon={<ArrowLeftOutlined />}>返回项目</Button>
            </Link>
            <SignedCopyUpload projectId={project.id} requirementId={signedCopyRequirementId(form.id, project.report ?? project.preview, doc)} />
          </Space>
          <Typography.Text type="secondary">
            {project.name} · {form.title}：按 A4 纵向打印（打印时只输出表格），盖章签字后扫描上传，作为本表的盖章件存档。
          </Typography.Text>
          {note && <Alert type="info" showIcon message={note} />}
        </Space>
      </Card>
      {editor}
      {children}
    </div>
  );
}

/** A form no submission or change holds (附表2): filled in here, kept in this browser, printed as it is typed. */
function FillInSheet({ project, form, doc, draftKey }: SheetProps & { draftKey: string }) {
  const [initial] = useState<Record<string, unknown>>(() => loadDraft<Record<string, unknown>>(draftKey) ?? prefillFromProject(form, project));
  const formily = useMemo(
    () =>
      createForm<Record<string, unknown>>({
        initialValues: initial,
        effects: () => onFormValuesChange((changed) => saveDraft(draftKey, toJS(changed.values))),
      }),
    [draftKey, initial],
  );
  const schema = useMemo(() => withMoneyRules({ ...form.schema, type: 'object' }), [form.schema]);
  const isChangeForm = doc.changeRules.some((rule) => rule.form === form.id);
  const editor = (
    <Card
      size="small"
      className={PRINT_HIDE_CLASS}
      title={`填写${form.title}`}
      extra={<Typography.Text type="secondary">内容自动保存在本机，下方表格随填随变</Typography.Text>}
      style={{ marginBottom: 16 }}
    >
      {isChangeForm && <Alert type="info" showIcon style={{ marginBottom: 12 }} message="打印某次变更申请的变更单，请从项目的变更记录进入；此处为空白变更单" />}
      <Form form={formily} layout="vertical" feedbackLayout="terse">
        <SchemaField schema={schema} />
      </Form>
    </Card>
  );
  return (
    <PrintSheet project={project} form={form} doc={doc} editor={editor}>
      <LiveOfficialForm formily={formily} form={form} projectNumber={projectNumberOf(project)} applicant={applicantOf(project)} />
    </PrintSheet>
  );
}

/** The sheet of a form being filled in: re-drawn as the values change (Formily's reactive values, read deeply). */
const LiveOfficialForm = observer(function LiveOfficialForm({ formily, ...props }: { formily: FormilyForm<Record<string, unknown>>; form: FormView; projectNumber: string; applicant: string }) {
  return <OfficialForm {...props} values={toJS(formily.values) as Record<string, unknown>} />;
});

/** The forms a policy has, as links, for a wrong form id. */
function PrintableForms({ doc, projectId }: { doc: PolicyDocument; projectId: string }) {
  if (doc.forms.length === 0) return <>该政策没有规定表格</>;
  return (
    <Space wrap>
      可打印：
      {doc.forms.map((candidate) => (
        <Link key={candidate.id} to={`/projects/${projectId}/print/${candidate.id}`}>
          {candidate.title}
        </Link>
      ))}
    </Space>
  );
}
