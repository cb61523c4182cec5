import type { ProjectView } from '@banfa/api-contract';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/http';
import { formatChineseDate } from '../features/procedure/format-date';
import { ProcedureView } from '../features/procedure/ProcedureView';

export function ProjectPage() {
  const { id = '' } = useParams();
  const project = useQuery({ queryKey: ['project', id], queryFn: () => api<ProjectView>(`/projects/${id}`) });
  if (project.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (project.isError) {
    return <Result status="404" title="找不到该项目" subTitle={project.error.message} extra={<Link to="/projects/new">申报新项目</Link>} />;
  }
  const view = project.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={view.name} extra={<Link to="/projects/new"><Button>再申报一个项目</Button></Link>}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="项目总投资">{view.totalInvestment === null ? '—' : `${view.totalInvestment}万元`}</Descriptions.Item>
          <Descriptions.Item label="申报日期">{view.submittedOn ? formatChineseDate(view.submittedOn) : '未申报'}</Descriptions.Item>
          <Descriptions.Item label="适用政策">
            {view.policy.title}（{view.policy.versionLabel}）
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {view.report ? <ProcedureView report={view.report} /> : <Alert type="info" showIcon message="项目尚未申报：申报后将按所适用的政策计算办理程序" />}
    </Space>
  );
}
