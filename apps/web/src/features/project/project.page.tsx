import type { ProjectView } from '@banfa/api-contract';
import { subject } from '@banfa/permissions';
import type { StepReport } from '@banfa/policy-runtime';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { Link, Navigate, useParams } from 'react-router-dom';
import { api } from '../../api/http';
import { useAuth } from '../../auth/AuthContext';
import { AttachmentsPanel } from '../attachments/attachments.panel';
import { ChangesPanel } from '../changes/changes.panel';
import { CiteTag } from '../procedure/CiteTag';
import { formatChineseDate } from '../procedure/format-date';
import { ObligationsList } from '../procedure/ObligationsList';
import { PROJECT_STATUS_LABEL, summarise } from '../projects/project-summary';
import { EventsHistory } from './events-history';
import { FormValuesView } from './form-values.view';
import { ProcedureTimeline } from './procedure-timeline';
import { RecordEventForm } from './record-event.form';
import { StepReview } from './step-review';
import { TrackCard } from './track.card';
import { useProject } from './use-project';

/** One submitted project: its procedure as a timeline, materials, form, changes and history, and what the user may do now. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { ability } = useAuth();
  const { project, policy, events, changes, refresh } = useProject(id);
  if (project.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (project.isError) {
    return <Result status="404" title="找不到该项目" subTitle={project.error.message} extra={<Link to="/projects">返回项目列表</Link>} />;
  }
  const view = project.data;
  if (view.state === 'draft' || !view.report) return <Navigate to={`/projects/${view.id}/edit`} replace />;
  const report = view.report;
  const summary = summarise(view);
  const isDepartment = ability?.can('update', subject('Project', { organisationId: view.organisation.id })) ?? false;
  const canReview = (step: StepReport) =>
    (step.state === 'active' || step.state === 'overdue') &&
    step.body.catalogueKey !== 'applicant' &&
    (ability?.can('review', subject('Step', { jurisdictionCode: view.jurisdictionCode, bodyKey: step.body.catalogueKey })) ?? false);
  const applicationFormId = policy.data?.applicationForm.id ?? '';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space wrap>
            <span data-testid="project-name">{view.name}</span>
            <Tag color={PROJECT_STATUS_LABEL[summary.status].color}>{PROJECT_STATUS_LABEL[summary.status].label}</Tag>
            {summary.overdue && <Tag color="red">有逾期事项</Tag>}
          </Space>
        }
        extra={<Link to="/projects">返回列表</Link>}
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="建设单位">{view.organisation.name}</Descriptions.Item>
          <Descriptions.Item label="项目总投资">{view.totalInvestment === null ? '—' : `${view.totalInvestment}万元`}</Descriptions.Item>
          <Descriptions.Item label="申报日期">{view.submittedOn ? formatChineseDate(view.submittedOn) : '未申报'}</Descriptions.Item>
          <Descriptions.Item label="适用政策">
            {view.policy.title}（{view.policy.versionLabel}，申报时固定）
          </Descriptions.Item>
          <Descriptions.Item label="计算日期">{formatChineseDate(report.at)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {report.findings.map((finding, index) => (
        <Alert
          key={`${finding.code}-${index}`}
          type={finding.level === 'error' ? 'error' : finding.level === 'warning' ? 'warning' : 'info'}
          showIcon
          message={
            <>
              {finding.message} {finding.citeText && <CiteTag text={finding.citeText} />}
            </>
          }
        />
      ))}
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'procedure',
              label: '办理进度',
              children: (
                <Space direction="vertical" size="large" style={{ width: '100%' }}>
                  <TrackCard track={report.track} />
                  <ProcedureTimeline
                    steps={report.steps}
                    actions={(step) =>
                      canReview(step) ? (
                        <StepReview project={view} step={step} onDone={refresh} />
                      ) : isDepartment && step.state === 'returned' ? (
                        <Resubmit project={view} stepId={step.id} on={report.at} onDone={refresh} />
                      ) : null
                    }
                  />
                  <div>
                    <Typography.Title level={5}>今后的义务与期限</Typography.Title>
                    <ObligationsList obligations={report.obligations} />
                  </div>
                </Space>
              ),
            },
            {
              key: 'attachments',
              label: '申报材料',
              children: <AttachmentsPanel projectId={view.id} report={report} applicationFormId={applicationFormId} mode={isDepartment ? 'submitted' : 'readonly'} />,
            },
            {
              key: 'form',
              label: '申报表',
              children: policy.data ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Space>
                    <Typography.Text strong>{policy.data.applicationForm.title}</Typography.Text>
                    <Link to={`/projects/${view.id}/print/${applicationFormId}`}>
                      <Button size="small">打印申报表</Button>
                    </Link>
                  </Space>
                  <FormValuesView schema={policy.data.applicationForm.schema} values={view.formValues} />
                </Space>
              ) : (
                <Skeleton active />
              ),
            },
            {
              key: 'changes',
              label: `变更申请${changes.data && changes.data.length > 0 ? `（${changes.data.length}）` : ''}`,
              children: policy.data && changes.data ? (
                <ChangesPanel project={view} document={policy.data.document} changes={changes.data} canRequest={isDepartment} onDone={refresh} />
              ) : (
                <Skeleton active />
              ),
            },
            {
              key: 'history',
              label: '办理记录',
              children: (
                <Space direction="vertical" size="large" style={{ width: '100%' }}>
                  <EventsHistory events={events.data ?? []} document={policy.data?.document} />
                  {isDepartment && (
                    <Card size="small" title="登记事项（合同签订、开工、验收、报告报送等）">
                      <RecordEventForm project={view} report={report} onDone={refresh} />
                    </Card>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

function Resubmit({ project, stepId, on, onDone }: { project: ProjectView; stepId: string; on: string; onDone: () => void }) {
  const { message } = App.useApp();
  const resubmit = useMutation({
    mutationFn: () => api<ProjectView>(`/projects/${project.id}/events`, { method: 'POST', body: { kind: 'resubmitted', step: stepId, on } }),
    onSuccess: () => {
      message.success('已重新提交，审查机构的办理时限重新起算');
      onDone();
    },
    onError: (error) => message.error(error.message),
  });
  return (
    <Space wrap>
      <Typography.Text type="secondary">按退回意见补正材料（可在“申报材料”中上传更正文件）后：</Typography.Text>
      <Button type="primary" size="small" loading={resubmit.isPending} onClick={() => resubmit.mutate()}>
        已补正，重新提交
      </Button>
    </Space>
  );
}
