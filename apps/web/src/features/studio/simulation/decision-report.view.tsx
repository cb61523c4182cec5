import type { DecisionReport } from '@banfa/policy-runtime';
import { Alert, Collapse, Divider, Space, Typography } from 'antd';
import { ObligationsList } from '../../procedure/ObligationsList';
import { formatChineseDate } from '../../procedure/format-date';
import { ProcedureTimeline } from '../../project/procedure-timeline';
import { TrackCard } from '../../project/track.card';
import { ReportAttachmentsList } from './report-attachments.list';
import { ReportFindingsList, ReportSettingsList } from './report-findings.list';
import { ReportTraceTable } from './report-trace.table';

const noActions = () => null;

/**
 * The decision report of a sample project, as the department will see it, plus what a policy admin checks: every
 * condition evaluated (the trace) and the ambiguity settings the answer rests on. Each item with its reason and article.
 */
export function DecisionReportView({ report }: { report: DecisionReport }) {
  const errors = report.findings.filter((finding) => finding.level === 'error').length;
  const warnings = report.findings.filter((finding) => finding.level === 'warning').length;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="decision-report">
      <Typography.Text type="secondary">
        {report.policy.jurisdiction} · {report.policy.title}（{report.policy.versionLabel}）· 截至{formatChineseDate(report.at)}
      </Typography.Text>
      {!report.applicability.inForce && <Alert type="info" showIcon message={report.applicability.reason} data-testid="applicability" />}
      <TrackCard track={report.track} />
      <Divider orientation="left" plain style={{ margin: '8px 0' }}>
        办理环节
      </Divider>
      {report.steps.length > 0 ? <ProcedureTimeline steps={report.steps} actions={noActions} /> : <Typography.Text type="secondary">尚无环节：先确定管理方式</Typography.Text>}
      <Divider orientation="left" plain style={{ margin: '8px 0' }}>
        材料
      </Divider>
      <ReportAttachmentsList attachments={report.attachments} />
      <Divider orientation="left" plain style={{ margin: '8px 0' }}>
        义务
      </Divider>
      <ObligationsList obligations={report.obligations} />
      <Divider orientation="left" plain style={{ margin: '8px 0' }}>
        问题与提示{errors + warnings > 0 ? `（${errors} 项不符合，${warnings} 项提示）` : ''}
      </Divider>
      <ReportFindingsList findings={report.findings} />
      <Collapse
        size="small"
        items={[
          { key: 'settings', label: `所依据的歧义设置（${report.settings.length}）`, children: <ReportSettingsList settings={report.settings} /> },
          { key: 'trace', label: `判断过程：逐条条件（${report.trace.length}）`, children: <ReportTraceTable trace={report.trace} /> },
        ]}
      />
    </Space>
  );
}
