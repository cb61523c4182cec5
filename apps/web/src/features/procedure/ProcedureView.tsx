import type { DecisionReport } from '@banfa/policy-runtime';
import { Alert, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { CiteTag } from './CiteTag';
import { conditionText } from './condition-text';
import { ObligationsList } from './ObligationsList';
import { StepsTable } from './StepsTable';

/** The runtime's answer for a project: track, steps, attachments and findings, each with its article. */
export function ProcedureView({ report }: { report: DecisionReport }) {
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
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
      <Card title="管理方式" size="small" data-testid="track">
        {report.track ? (
          <Space direction="vertical">
            <Space>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="track-name">
                {report.track.name}
              </Typography.Title>
              <CiteTag text={report.track.citeText} quote={report.track.cite.quote} />
            </Space>
            {report.track.condition && <Typography.Text type="secondary">依据：{conditionText(report.track.condition)}</Typography.Text>}
            {report.track.notChosen.map((other) => (
              <Typography.Text type="secondary" key={other.id}>
                不适用{other.name}：{conditionText(other.condition)}不成立 <CiteTag text={other.condition.citeText} />
              </Typography.Text>
            ))}
          </Space>
        ) : (
          <Typography.Text type="danger">尚无法确定管理方式</Typography.Text>
        )}
      </Card>
      <Card title="办理程序" size="small">
        <StepsTable steps={report.steps} />
      </Card>
      <Card title="申报材料" size="small">
        <List
          dataSource={report.attachments}
          renderItem={(attachment) => (
            <List.Item>
              <Space wrap>
                <Typography.Text delete={attachment.required === false}>{attachment.name}</Typography.Text>
                <Tag color={attachment.required === true ? 'red' : 'default'}>
                  {attachment.required === true ? '必须提交' : attachment.required === false ? '无需提交' : '视情况'}
                </Tag>
                {attachment.condition && <Typography.Text type="secondary">{conditionText(attachment.condition)}</Typography.Text>}
                <CiteTag text={attachment.citeText} />
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card title="义务与期限" size="small">
        <ObligationsList obligations={report.obligations} />
      </Card>
      {report.settings.length > 0 && (
        <Card title="本结果采用的条文解释" size="small">
          <Descriptions column={1} size="small">
            {report.settings.map((setting) => (
              <Descriptions.Item key={setting.id} label={`${setting.id}（${setting.citeText}）`}>
                {setting.question}：{setting.readingLabel}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      )}
    </Space>
  );
}
