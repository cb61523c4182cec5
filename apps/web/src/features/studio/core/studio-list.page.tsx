import type { PolicyListItemView, PolicyVersionSummaryView } from '@banfa/api-contract';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Collapse, Empty, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthContext';
import { DeleteDraftButton } from './draft-delete.button';
import { NewDraftButton } from './new-draft.button';
import { localStorageMirror } from './draft-mirror';
import { listPolicies } from './policy-versions.api';
import { shortTime } from './save-errors';
import { ExportYamlButton } from './version-export.button';
import { canOnVersion } from './version.permissions';
import { YamlImportButton } from './yaml-import.button';

const period = (version: PolicyVersionSummaryView) =>
  version.effectiveFrom ? `${version.effectiveFrom} 起${version.effectiveTo ? `，至 ${version.effectiveTo}` : ''}` : version.state === 'draft' ? '发布时确定' : '未设定';

function VersionsTable({ policy, canCreate }: { policy: PolicyListItemView; canCreate: boolean }) {
  const navigate = useNavigate();
  const { ability, session } = useAuth();
  const jurisdictionCode = policy.jurisdiction.code;
  // Edits kept in this browser and not yet on the server (the mirror is cleared once a save holds them).
  const unsaved = (version: PolicyVersionSummaryView) => version.state === 'draft' && localStorageMirror(session?.user.id ?? 'anonymous', version.id).read() !== null;
  const canDelete = (version: PolicyVersionSummaryView) => version.state === 'draft' && canOnVersion(ability, 'update', { jurisdictionCode, state: version.state });
  return (
    <Table<PolicyVersionSummaryView>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={policy.versions}
      locale={{ emptyText: '这个政策还没有版本' }}
      columns={[
        { title: '版本', dataIndex: 'label', render: (label: string, version) => <Link to={`/studio/versions/${version.id}`}>{label}</Link> },
        { title: '状态', dataIndex: 'state', width: 90, render: (state: string) => (state === 'draft' ? <Tag color="blue">草稿</Tag> : <Tag color="green">已发布</Tag>) },
        { title: '办法状态', dataIndex: 'statusLabel', width: 110 },
        { title: '施行期间', key: 'period', width: 210, render: (_, version) => period(version) },
        { title: '现行有效', dataIndex: 'inForce', width: 90, render: (inForce: boolean) => (inForce ? <Tag color="success">现行有效</Tag> : <Typography.Text type="secondary">否</Typography.Text>) },
        { title: '更新于', key: 'updated', width: 120, render: (_, version) => shortTime(version.updatedAt ?? version.publishedAt) || '—' },
        {
          title: '操作',
          key: 'actions',
          width: 300,
          render: (_, version) => (
            <Space size={4} wrap>
              <Link to={`/studio/versions/${version.id}`}>
                <Button size="small" type={version.state === 'draft' && canCreate ? 'primary' : 'default'} aria-label={`打开 ${policy.title} ${version.label}`}>
                  打开
                </Button>
              </Link>
              <ExportYamlButton version={version} jurisdictionCode={jurisdictionCode} unsaved={unsaved(version)} />
              {canCreate && <NewDraftButton basedOn={version} size="small" onCreated={(created) => navigate(`/studio/versions/${created.id}`)} />}
              {canDelete(version) && <DeleteDraftButton version={version} />}
            </Space>
          ),
        },
      ]}
    />
  );
}

function PolicyCard({ policy, canCreate }: { policy: PolicyListItemView; canCreate: boolean }) {
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{policy.title}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {policy.jurisdiction.name}（{policy.jurisdiction.code}）
          </Typography.Text>
        </Space>
      }
    >
      <VersionsTable policy={policy} canCreate={canCreate} />
    </Card>
  );
}

/**
 * `/studio`: the policies of the admin's jurisdiction with every version (drafts, published, in force), and the
 * other regulations they may read, to start a draft from or to look at.
 */
export function StudioListPage() {
  const { ability } = useAuth();
  const navigate = useNavigate();
  const policies = useQuery({ queryKey: ['studio-policies'], queryFn: listPolicies });
  if (policies.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (policies.isError) {
    return <Result status="warning" title="无法载入政策列表" subTitle={policies.error.message} extra={<Button onClick={() => void policies.refetch()}>重试</Button>} />;
  }
  const canCreate = (policy: PolicyListItemView) => canOnVersion(ability, 'create', { jurisdictionCode: policy.jurisdiction.code, state: 'draft' });
  // A file may start a new policy of the user's jurisdiction, so importing is offered to whoever may create any draft.
  const canImport = ability?.can('create', 'PolicyVersion') ?? false;
  const own = policies.data.filter(canCreate);
  const others = policies.data.filter((policy) => !canCreate(policy));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          政策
        </Typography.Title>
        <Typography.Text type="secondary">
          {own.length > 0
            ? '打开一个版本查看或编辑；修改办法时，先基于现行版本新建草稿，编辑、测试后再发布。已发布的版本不会改变。'
            : '各地的管理办法及其版本，可打开查看。'}
        </Typography.Text>
      </div>
      {canImport && <YamlImportButton onImported={(created) => navigate(`/studio/versions/${created.id}`)} />}
      {own.length === 0 && (
        <Empty
          description={
            (others.length > 0 ? '当前账号没有可起草的政策。下面是可查看的其他地区政策。' : '还没有可查看的政策。本地区的管理办法导入后会显示在这里。') +
            (canImport ? '可用上方的“导入 YAML（新建草稿）”导入本地区的政策文件。' : '')
          }
        />
      )}
      {own.map((policy) => (
        <PolicyCard key={policy.id} policy={policy} canCreate />
      ))}
      {others.length > 0 && (
        <Collapse
          defaultActiveKey={own.length === 0 ? ['others'] : []}
          items={[
            {
              key: 'others',
              label: `其他地区的政策（${others.length} 个，只读：可查看、对比，不能修改）`,
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {others.map((policy) => (
                    <PolicyCard key={policy.id} policy={policy} canCreate={false} />
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
