import type { InFlightProjectView, PublishResultView } from '@banfa/api-contract';
import { Alert, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { formatChineseDate } from '../../procedure/format-date';

const PROJECT_STATE: Readonly<Record<string, string>> = { submitted: '已提交，办理中', draft: '草稿' };

/**
 * What publishing would do (the api's dry run): the effective period, the versions it overlaps and how each is
 * resolved, the submitted projects under other versions (they stay on their version), the warnings, and the
 * scenario tests as the server ran them.
 */
export function PublishDryRunView({ result }: { result: PublishResultView }) {
  const failing = result.scenarios.filter((scenario) => scenario.failures.length > 0);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="dry-run">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="施行期间">
          {formatChineseDate(result.effectiveFrom)}起{result.effectiveTo ? `至${formatChineseDate(result.effectiveTo)}` : '，未定结束日期'}
        </Descriptions.Item>
        <Descriptions.Item label="发布后的内容哈希">
          <Typography.Text code copyable>
            {result.contentHash.slice(0, 16)}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
        与已发布版本的施行期间
      </Typography.Title>
      {result.overlaps.length === 0 ? (
        <Typography.Text type="secondary">与已发布的版本没有重叠</Typography.Text>
      ) : (
        <List
          size="small"
          data-testid="dry-run-overlaps"
          dataSource={result.overlaps}
          renderItem={(overlap) => (
            <List.Item>
              <Space wrap>
                <Tag color={overlap.resolution === 'conflict' ? 'error' : 'processing'}>{overlap.resolution === 'conflict' ? '冲突' : '结束上一版本'}</Tag>
                <Typography.Text strong>{overlap.label}</Typography.Text>
                <Typography.Text>{overlap.message}</Typography.Text>
                {overlap.newEffectiveTo && <Typography.Text type="secondary">其结束日将改为{formatChineseDate(overlap.newEffectiveTo)}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}

      <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
        在办项目（{result.inFlightProjects.length}）
      </Typography.Title>
      {result.inFlightProjects.length === 0 ? (
        <Typography.Text type="secondary">没有按本政策其他版本办理中的项目</Typography.Text>
      ) : (
        <>
          <Alert type="info" showIcon message="这些项目已按其原版本提交，发布后仍按原版本办理，不会改挂到新版本" />
          <Table<InFlightProjectView>
            size="small"
            rowKey="id"
            pagination={false}
            data-testid="dry-run-projects"
            dataSource={result.inFlightProjects}
            columns={[
              { key: 'name', title: '项目', dataIndex: 'name' },
              { key: 'state', title: '状态', render: (_, project) => PROJECT_STATE[project.state] ?? project.state },
              { key: 'submittedOn', title: '提交日期', render: (_, project) => (project.submittedOn ? formatChineseDate(project.submittedOn) : '—') },
              { key: 'version', title: '继续适用的版本', dataIndex: 'versionLabel' },
            ]}
          />
        </>
      )}

      {result.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message="请注意"
          data-testid="dry-run-warnings"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {result.warnings.map((warning, index) => (
                <li key={index}>{warning}</li>
              ))}
            </ul>
          }
        />
      )}

      <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
        场景测试（服务器运行）
      </Typography.Title>
      {failing.length === 0 ? (
        <Typography.Text data-testid="dry-run-scenarios">
          {result.scenarios.length > 0 ? `${result.scenarios.length} 个场景全部通过` : '本版本没有场景测试'}
        </Typography.Text>
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="dry-run-scenarios"
          message={`${failing.length} 个场景未通过，不能发布`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {failing.map((scenario) => (
                <li key={scenario.name}>
                  {scenario.name}：{scenario.failures.join('；')}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Space>
  );
}
