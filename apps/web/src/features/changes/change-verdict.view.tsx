import type { ChangeVerdict } from '@banfa/policy-runtime';
import { Alert, List, Space, Tag, Typography } from 'antd';
import { CiteTag } from '../procedure/CiteTag';

const OUTCOME: Record<ChangeVerdict['outcome'], { label: string; type: 'success' | 'info' | 'warning' | 'error' }> = {
  allowed: { label: '可以变更', type: 'success' },
  'allowed-after-approval': { label: '须经审批后方可变更', type: 'info' },
  'outside-regulation': { label: '超出本办法的变更规定', type: 'warning' },
  refused: { label: '不予变更', type: 'error' },
  'reapproval-required': { label: '须重新报批', type: 'warning' },
  'not-covered': { label: '本办法没有相应规定', type: 'warning' },
};

/** What the change rules say of a change: the outcome, each limit with the numbers it compared, the article. */
export function ChangeVerdictView({ verdict }: { verdict: ChangeVerdict }) {
  const outcome = OUTCOME[verdict.outcome];
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="change-verdict">
      <Alert
        type={outcome.type}
        showIcon
        message={
          <Space wrap>
            <Typography.Text strong>{outcome.label}</Typography.Text>
            {verdict.rule && <CiteTag text={verdict.rule.citeText} />}
          </Space>
        }
        description={
          <Space direction="vertical" size={2}>
            <span>{verdict.message}</span>
            {verdict.approvalBy.length > 0 && <span>审批机构：{verdict.approvalBy.map((body) => body.name).join('、')}</span>}
            <span>此前已变更 {verdict.earlierChanges} 次</span>
          </Space>
        }
      />
      {verdict.checks.length > 0 && (
        <List
          size="small"
          dataSource={verdict.checks}
          renderItem={(check) => (
            <List.Item>
              <Space wrap>
                <Tag color={check.passed === true ? 'success' : check.passed === false ? (check.soft ? 'warning' : 'error') : 'default'}>
                  {check.passed === true ? '符合' : check.passed === false ? (check.soft ? '超出（原则上）' : '超出') : '无法判断'}
                </Tag>
                <span>{check.text}</span>
                {check.ratio && <Typography.Text type="secondary">比例 {check.ratio}</Typography.Text>}
                <CiteTag text={check.citeText} />
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
