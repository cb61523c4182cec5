import type { ObligationReport, ObligationState } from '@banfa/policy-runtime';
import { List, Space, Tag, Typography } from 'antd';
import { CiteTag } from './CiteTag';
import { formatChineseDate } from './format-date';

const STATE: Record<ObligationState, { label: string; color: string }> = {
  waiting: { label: '尚未开始', color: 'default' },
  open: { label: '待办', color: 'processing' },
  fulfilled: { label: '已完成', color: 'success' },
  overdue: { label: '已逾期', color: 'error' },
  ended: { label: '已结束', color: 'default' },
  unknown: { label: '视情况', color: 'default' },
};

/** Reports, filings and windows the project must keep, with the next due date and the article. */
export function ObligationsList({ obligations }: { obligations: ObligationReport[] }) {
  return (
    <List
      dataSource={obligations}
      locale={{ emptyText: '本办法对该项目没有规定定期报送或备案义务' }}
      renderItem={(obligation) => (
        <List.Item>
          <Space direction="vertical" size={0}>
            <Space wrap>
              <Typography.Text strong>{obligation.name}</Typography.Text>
              <Tag color={STATE[obligation.state].color}>{STATE[obligation.state].label}</Tag>
              <CiteTag text={obligation.citeText} quote={obligation.cite.quote} />
            </Space>
            <Typography.Text type="secondary">
              {obligation.body.name}
              {obligation.to.length > 0 ? ` → ${obligation.to.map((body) => body.name).join('、')}` : ''} · {obligation.schedule}
              {obligation.earliestOn ? ` · 最早${formatChineseDate(obligation.earliestOn)}` : ''}
              {obligation.dueOn ? ` · ${obligation.state === 'fulfilled' ? '' : '最迟'}${formatChineseDate(obligation.dueOn)}` : ''}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
