import type { OutcomeComparisonView } from '@banfa/api-contract';

/** One bar of the chart of working days to approval. */
export interface ApprovalBar {
  key: string;
  code: string;
  name: string;
  /** null: the regulation sets no period for its 立项 steps, or the path could not be projected. */
  days: number | null;
  /** “原则上27个工作日”, “至少12个工作日”, “未规定时限” */
  label: string;
  text: string;
}

/** The working days to approval of each column, for the bar chart. */
export function approvalBars(view: Pick<OutcomeComparisonView, 'columns' | 'outcomes'>): ApprovalBar[] {
  return view.columns.map((column, index) => {
    const approval = view.outcomes[index]?.approval ?? null;
    const days = approval?.workingDays ?? null;
    const label =
      days === null
        ? approval?.reason === '立项环节均未规定办理时限'
          ? '未规定时限'
          : (approval?.reason ?? view.outcomes[index]?.error ?? '无法推算')
        : `${approval?.lowerBound ? '至少' : ''}${approval?.soft ? '原则上' : ''}${days}个工作日`;
    return { key: column.key, code: column.jurisdiction.code, name: column.jurisdiction.name, days, label, text: approval?.text ?? label };
  });
}
