import { Tag } from 'antd';

/** The colour of a column's status: a draft and an expired version stand out; a version in force is green. */
export function statusColor(statusText: string): string {
  if (statusText.includes('草稿')) return 'red';
  if (/已过期|已失效|已废止/.test(statusText)) return 'volcano';
  if (statusText.includes('征求意见稿')) return 'orange';
  if (statusText.includes('尚未施行')) return 'purple';
  if (statusText.startsWith('现行有效')) return 'green';
  return 'blue';
}

/** 征求意见稿, 试行（已过期）, 现行有效（尚未施行）, …（草稿）: the status of a policy on the comparison date. */
export function StatusTag({ statusText }: { statusText: string }) {
  return (
    <Tag color={statusColor(statusText)} data-testid="status" style={{ marginInlineEnd: 0 }}>
      {statusText}
    </Tag>
  );
}
