import type { InboxItem } from '@banfa/api-contract';

/** Overdue first, then by due date (soonest first), items without a deadline last; ties by project name. */
export function inboxOrder(items: readonly InboxItem[]): InboxItem[] {
  return [...items].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') ||
      a.project.name.localeCompare(b.project.name, 'zh-CN'),
  );
}

/** "剩余3个工作日", "今天到期", "已逾期2个工作日" */
export function daysLeftText(item: Pick<InboxItem, 'workingDaysLeft' | 'overdue'>): string {
  if (item.workingDaysLeft === null) return '未规定时限';
  if (item.overdue || item.workingDaysLeft < 0) return `已逾期${Math.abs(item.workingDaysLeft)}个工作日`;
  if (item.workingDaysLeft === 0) return '今天到期';
  return `剩余${item.workingDaysLeft}个工作日`;
}
