import type { ProjectView } from '@banfa/api-contract';
import { subject } from '@banfa/permissions';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Input, Result, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/http';
import { useAuth } from '../../auth/AuthContext';
import { formatChineseDate } from '../procedure/format-date';
import { PROJECT_STATUS_LABEL, summarise, type ProjectSummary } from './project-summary';

type Filter = 'all' | 'draft' | 'open' | 'overdue' | 'done';

const FILTERS: Array<{ value: Filter; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'draft', label: '草稿' },
  { value: 'open', label: '办理中' },
  { value: 'overdue', label: '有逾期' },
  { value: 'done', label: '已办结' },
];

interface Row {
  project: ProjectView;
  summary: ProjectSummary;
}

function matches(row: Row, filter: Filter, text: string): boolean {
  const byState =
    filter === 'all' ||
    (filter === 'draft' && row.summary.status === 'draft') ||
    (filter === 'open' && ['in-progress', 'returned'].includes(row.summary.status)) ||
    (filter === 'overdue' && row.summary.overdue) ||
    (filter === 'done' && ['completed', 'rejected', 'refused'].includes(row.summary.status));
  const needle = text.trim();
  return byState && (needle === '' || row.project.name.includes(needle) || row.project.organisation.name.includes(needle));
}

/** 我的项目: every project the user may see, where it stands, what is due next, what is overdue. */
export function ProjectsListPage() {
  const { ability, session } = useAuth();
  const [filter, setFilter] = useState<Filter>('all');
  const [text, setText] = useState('');
  const projects = useQuery({ queryKey: ['projects'], queryFn: () => api<ProjectView[]>('/projects') });
  const rows = useMemo(() => (projects.data ?? []).map((project) => ({ project, summary: summarise(project) })), [projects.data]);
  const canCreate = ability?.can('create', subject('Project', { organisationId: session?.actor.organisationId ?? '' })) ?? false;
  const shown = rows.filter((row) => matches(row, filter, text));

  if (projects.isError) {
    return <Result status="warning" title="无法载入项目列表" subTitle={projects.error.message} extra={<Button onClick={() => projects.refetch()}>重试</Button>} />;
  }
  return (
    <Card
      title={canCreate ? '我的项目' : '项目'}
      extra={
        canCreate && (
          <Link to="/projects/new">
            <Button type="primary">新建申报</Button>
          </Link>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<Filter> options={FILTERS} value={filter} onChange={setFilter} aria-label="按状态筛选" />
        <Input.Search placeholder="项目名称或单位" allowClear onChange={(event) => setText(event.target.value)} style={{ width: 240 }} aria-label="搜索项目" />
      </Space>
      <Table<Row>
        rowKey={(row) => row.project.id}
        loading={projects.isPending}
        dataSource={shown}
        data-testid="projects"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        locale={{
          emptyText: (
            <Empty
              description={
                // Under the loading mask nothing is said yet: “还没有项目” would be read before the list arrives.
                projects.isPending
                  ? '正在载入项目…'
                  : rows.length === 0
                  ? canCreate
                    ? '还没有项目：点击“新建申报”，按本地区现行的管理办法填写项目立项申请'
                    : '还没有可查看的已申报项目'
                  : '没有符合筛选条件的项目'
              }
            />
          ),
        }}
        columns={[
          {
            title: '项目名称',
            render: (_, { project }) => (
              <Link to={project.state === 'draft' ? `/projects/${project.id}/edit` : `/projects/${project.id}`}>{project.name}</Link>
            ),
          },
          { title: '建设单位', render: (_, { project }) => project.organisation.name, responsive: ['md'] },
          { title: '总投资', render: (_, { project }) => (project.totalInvestment ? `${project.totalInvestment}万元` : '—'), responsive: ['lg'] },
          {
            title: '状态',
            render: (_, { summary }) => (
              <Space size={4} wrap>
                <Tag color={PROJECT_STATUS_LABEL[summary.status].color}>{PROJECT_STATUS_LABEL[summary.status].label}</Tag>
                {summary.overdue && <Tag color="red">逾期</Tag>}
              </Space>
            ),
          },
          { title: '当前环节', render: (_, { summary }) => (summary.current.length > 0 ? summary.current.join('、') : '—') },
          {
            title: '下一期限',
            render: (_, { summary }) =>
              summary.next ? (
                <Typography.Text type={summary.next.overdue ? 'danger' : undefined}>
                  {summary.next.label}：{summary.next.soft ? '原则上' : ''}
                  {formatChineseDate(summary.next.dueOn)}前{summary.next.overdue ? '（已逾期）' : ''}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          { title: '申报日期', render: (_, { project }) => (project.submittedOn ? formatChineseDate(project.submittedOn) : '未申报'), responsive: ['lg'] },
        ]}
      />
    </Card>
  );
}
