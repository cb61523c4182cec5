import type { PolicyVersionDiffView } from '@banfa/api-contract';
import { POLICY_CHANGE_KIND_LABEL, POLICY_CHANGE_KINDS, type PolicyChange } from '@banfa/policy-model';
import { Empty, List, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CiteTag } from '../../procedure/CiteTag';

const CHANGE = {
  added: { label: '新增', color: 'green' },
  removed: { label: '删除', color: 'red' },
  changed: { label: '修改', color: 'blue' },
} as const;

/**
 * The semantic diff of two versions: the changes grouped by kind (门槛, 期限, 步骤, 材料 …), each with its article,
 * its sentence and the values from → to. Editorial changes (文字修改) can be hidden: they leave the rules as they were.
 */
export function VersionDiffView({ diff, beforeLabel, afterLabel }: { diff: PolicyVersionDiffView; beforeLabel: string; afterLabel: string }) {
  const [showText, setShowText] = useState(true);
  if (diff.identical) return <Empty description={`“${beforeLabel}”与“${afterLabel}”内容相同`} />;
  const shown = showText ? diff.changes : diff.changes.filter((change) => change.kind !== 'text');
  const groups = POLICY_CHANGE_KINDS.map((kind) => ({ kind, changes: shown.filter((change) => change.kind === kind) })).filter((group) => group.changes.length > 0);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="version-diff">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text>
          从“{beforeLabel}”到“{afterLabel}”：共 {diff.summary.total} 处修改
          {diff.summary.editorial > 0 ? `，其中 ${diff.summary.editorial} 处为文字修改（不影响规则）` : ''}
        </Typography.Text>
        {diff.summary.editorial > 0 && (
          <Space>
            <Switch aria-label="显示文字修改" size="small" checked={showText} onChange={setShowText} />
            显示文字修改
          </Space>
        )}
      </Space>
      {groups.map((group) => (
        <div key={group.kind} data-testid={`diff-group-${group.kind}`}>
          <Typography.Title level={5} style={{ margin: '8px 0 4px' }}>
            {POLICY_CHANGE_KIND_LABEL[group.kind]}（{group.changes.length}）
          </Typography.Title>
          <List size="small" bordered dataSource={group.changes} renderItem={(change, index) => <ChangeItem key={`${change.path}-${index}`} change={change} />} />
        </div>
      ))}
    </Space>
  );
}

function ChangeItem({ change }: { change: PolicyChange }) {
  return (
    <List.Item data-testid="diff-change">
      <Space direction="vertical" size={2}>
        <Space wrap size={[8, 0]}>
          <Tag color={CHANGE[change.change].color}>{CHANGE[change.change].label}</Tag>
          <CiteTag text={change.citeText} />
          <Typography.Text>{change.sentence}</Typography.Text>
        </Space>
        {(change.before !== undefined || change.after !== undefined) && (
          <Typography.Text type="secondary">
            {change.before !== undefined ? <Typography.Text delete type="secondary">{change.before}</Typography.Text> : '（无）'}
            {' → '}
            {change.after !== undefined ? <Typography.Text strong>{change.after}</Typography.Text> : '（无）'}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <code>{change.path}</code>
        </Typography.Text>
      </Space>
    </List.Item>
  );
}
