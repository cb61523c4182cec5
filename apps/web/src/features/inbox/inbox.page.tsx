import type { InboxItem } from '@banfa/api-contract';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Result, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/http';
import { useAuth } from '../../auth/AuthContext';
import { CiteTag } from '../procedure/CiteTag';
import { formatChineseDate } from '../procedure/format-date';
import { daysLeftText, inboxOrder } from './inbox-order';

/** 待办: the steps and change requests waiting for this body, overdue first, with the working days left. */
export function InboxPage() {
  const { session } = useAuth();
  const inbox = useQuery({ queryKey: ['inbox'], queryFn: () => api<InboxItem[]>('/inbox'), select: inboxOrder, refetchInterval: 60_000 });
  if (inbox.isError) {
    return <Result status="warning" title="无法载入待办" subTitle={inbox.error.message} extra={<Button onClick={() => inbox.refetch()}>重试</Button>} />;
  }
  return (
    <Card title={`待办事项 · ${session?.user.organisationName ?? ''}`}>
      <Table<InboxItem>
        rowKey={(item) => `${item.kind}:${item.project.id}:${item.step?.id ?? item.change?.id}`}
        loading={inbox.isPending}
        dataSource={inbox.data ?? []}
        data-testid="inbox"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        rowClassName={(item) => (item.overdue ? 'inbox-overdue' : '')}
        // Under the loading mask nothing is said yet: “没有待办事项” would be read before the inbox arrives.
        locale={{ emptyText: <Empty description={inbox.isPending ? '正在载入待办…' : '没有待办事项：有项目进入本机构办理的环节时，会出现在这里'} /> }}
        columns={[
          {
            title: '项目',
            render: (_, item) => (
              <Space direction="vertical" size={0}>
                <Link to={`/projects/${item.project.id}`}>{item.project.name}</Link>
                <Typography.Text type="secondary">
                  {item.project.organisationName}
                  {item.project.totalInvestment ? ` · ${item.project.totalInvestment}万元` : ''}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: '待办',
            render: (_, item) =>
              item.kind === 'step' ? (
                <Space direction="vertical" size={0}>
                  <span>{item.step!.name}</span>
                  {item.step!.resubmittedOn && <Tag color="orange">已补正 {formatChineseDate(item.step!.resubmittedOn)}</Tag>}
                </Space>
              ) : (
                <span>变更申请（{formatChineseDate(item.change!.requestedOn)}）</span>
              ),
          },
          { title: '收到日期', render: (_, item) => (item.step?.startedOn ? formatChineseDate(item.step.startedOn) : item.change ? formatChineseDate(item.change.requestedOn) : '—'), responsive: ['lg'] },
          {
            title: '办理时限',
            render: (_, item) => (
              <Space direction="vertical" size={0}>
                <span>{item.deadlineText ?? '未规定'}</span>
                {item.dueOn && <Typography.Text type={item.overdue ? 'danger' : 'secondary'}>{formatChineseDate(item.dueOn)}前</Typography.Text>}
              </Space>
            ),
          },
          {
            title: '剩余',
            render: (_, item) => (
              <Space size={4} wrap>
                <Tag color={item.overdue ? 'red' : item.workingDaysLeft !== null && item.workingDaysLeft <= 2 ? 'orange' : 'default'} data-testid="days-left">
                  {daysLeftText(item)}
                </Tag>
                {item.provisional && <Tag color="gold">暂定</Tag>}
              </Space>
            ),
          },
          { title: '依据', render: (_, item) => <CiteTag text={item.citeText} />, responsive: ['md'] },
        ]}
      />
    </Card>
  );
}
