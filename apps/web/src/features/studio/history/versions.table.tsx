import type { PolicyVersionSummaryView } from '@banfa/api-contract';
import { Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { NewDraftButton } from '../core/new-draft.button';
import { inForceText } from '../publish/published-version.view';
import { effectivePeriod } from './policy-versions.query';

/** The versions of a policy: state, the regulation's status, effective period, in force, when published, based on which. */
export function VersionsTable({
  versions,
  currentId,
  canDraft,
}: {
  versions: ReadonlyArray<PolicyVersionSummaryView>;
  currentId: string;
  canDraft: boolean;
}) {
  const navigate = useNavigate();
  const labels = new Map(versions.map((version) => [version.id, version.label]));
  return (
    <Table<PolicyVersionSummaryView>
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="versions"
      dataSource={[...versions]}
      rowClassName={(version) => (version.id === currentId ? 'ant-table-row-selected' : '')}
      columns={[
        {
          key: 'label',
          title: '版本',
          render: (_, version) => (
            <Space direction="vertical" size={0} style={{ minWidth: 120 }}>
              {version.id === currentId ? <Typography.Text strong>{version.label}（当前打开）</Typography.Text> : <Link to={`/studio/versions/${version.id}`}>{version.label}</Link>}
              {version.basedOnId && <Typography.Text type="secondary">基于 {labels.get(version.basedOnId) ?? '其他版本'}</Typography.Text>}
            </Space>
          ),
        },
        {
          key: 'state',
          title: '状态',
          render: (_, version) => (
            <Space direction="vertical" size={0}>
              {version.state === 'draft' ? <Tag color="orange">草稿</Tag> : <Tag color="blue">已发布</Tag>}
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {version.statusLabel}
              </Typography.Text>
            </Space>
          ),
        },
        { key: 'period', title: '施行期间', render: (_, version) => <span style={{ whiteSpace: 'nowrap' }}>{version.state === 'published' ? effectivePeriod(version) : '—'}</span> },
        {
          key: 'inForce',
          title: '效力',
          render: (_, version) =>
            version.state === 'published' ? <Tag color={version.inForce ? 'success' : 'default'} data-testid={`in-force-${version.id}`}>{inForceText(version)}</Tag> : <Typography.Text type="secondary">未发布</Typography.Text>,
        },
        {
          key: 'published',
          title: '时间',
          render: (_, version) => {
            const at = version.publishedAt ?? version.updatedAt;
            return at ? (
              <Space direction="vertical" size={0}>
                <Typography.Text type="secondary">{version.publishedAt ? '发布于' : '修改于'}</Typography.Text>
                <span style={{ whiteSpace: 'nowrap' }}>{dayjs(at).format('YYYY-MM-DD HH:mm')}</span>
              </Space>
            ) : (
              '—'
            );
          },
        },
        {
          key: 'actions',
          title: '',
          render: (_, version) => canDraft && <NewDraftButton size="small" basedOn={version} onCreated={(created) => navigate(`/studio/versions/${created.id}`)} />,
        },
      ]}
    />
  );
}
