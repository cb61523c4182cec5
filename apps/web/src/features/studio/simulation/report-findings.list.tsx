import type { DecisionReport, Finding } from '@banfa/policy-runtime';
import { List, Space, Tag, Typography } from 'antd';
import { CiteTag } from '../../procedure/CiteTag';

export const FINDING_LEVEL: Record<Finding['level'], { label: string; color: string }> = {
  error: { label: '不符合', color: 'error' },
  warning: { label: '提示（原则上）', color: 'warning' },
  info: { label: '说明', color: 'default' },
};

/** Findings (gates that hold, deadlines breached, applicability …), each with its level and article. */
export function ReportFindingsList({ findings }: { findings: DecisionReport['findings'] }) {
  return (
    <List
      size="small"
      data-testid="report-findings"
      dataSource={[...findings]}
      locale={{ emptyText: '没有问题或提示' }}
      renderItem={(finding, index) => (
        <List.Item key={`${finding.code}-${index}`} data-testid={`finding-${finding.source ?? finding.code}`}>
          <Space wrap size={[8, 0]}>
            <Tag color={FINDING_LEVEL[finding.level].color}>{FINDING_LEVEL[finding.level].label}</Tag>
            <Typography.Text>{finding.message}</Typography.Text>
            {finding.citeText && <CiteTag text={finding.citeText} quote={finding.cite?.quote} />}
          </Space>
        </List.Item>
      )}
    />
  );
}

/** The ambiguity settings the answer rests on, with the reading chosen. */
export function ReportSettingsList({ settings }: { settings: DecisionReport['settings'] }) {
  if (settings.length === 0) return <Typography.Text type="secondary">结果不取决于任何歧义设置</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={[...settings]}
      renderItem={(setting) => (
        <List.Item key={setting.id}>
          <Space wrap size={[8, 0]}>
            <Tag>{setting.id}</Tag>
            <Typography.Text>{setting.question}</Typography.Text>
            <Typography.Text strong>按“{setting.readingLabel}”理解</Typography.Text>
            <CiteTag text={setting.citeText} />
          </Space>
        </List.Item>
      )}
    />
  );
}
