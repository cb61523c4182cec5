import type { ConditionTrace } from '@banfa/policy-runtime';
import { Table, Tag } from 'antd';
import { CiteTag } from '../../procedure/CiteTag';

const RESULT = {
  true: { label: '成立', color: 'success' },
  false: { label: '不成立', color: 'default' },
  unknown: { label: '缺少信息', color: 'warning' },
} as const;

/** Every condition the answer evaluated: where it sits, what it says, the facts it read, what it gave, its article. */
export function ReportTraceTable({ trace }: { trace: ReadonlyArray<ConditionTrace> }) {
  return (
    <Table<ConditionTrace>
      size="small"
      data-testid="report-trace"
      rowKey={(entry, index) => `${entry.source}-${index}`}
      pagination={false}
      dataSource={[...trace]}
      columns={[
        { key: 'source', title: '位置', dataIndex: 'source', render: (source: string) => <code>{source}</code> },
        { key: 'text', title: '条件', dataIndex: 'text' },
        {
          key: 'facts',
          title: '读取的事实',
          render: (_, entry) => entry.facts.map((fact) => `${fact.label}：${fact.value ?? '未填写'}`).join('，') || '—',
        },
        {
          key: 'result',
          title: '结果',
          render: (_, entry) => {
            const result = RESULT[String(entry.result) as keyof typeof RESULT];
            return <Tag color={result.color}>{result.label}</Tag>;
          },
        },
        { key: 'settings', title: '歧义设置', render: (_, entry) => entry.settings.join('、') || '—' },
        { key: 'cite', title: '依据', render: (_, entry) => <CiteTag text={entry.citeText} quote={entry.cite.quote} /> },
      ]}
    />
  );
}
