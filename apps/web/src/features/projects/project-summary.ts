import type { ProjectView } from '@banfa/api-contract';
import type { DecisionReport } from '@banfa/policy-runtime';

export type ProjectStatus = 'draft' | 'in-progress' | 'returned' | 'rejected' | 'completed' | 'refused';

export interface DueItem {
  /** "初步审核（县政务服务数据管理局）" or "项目建设进度报告" */
  label: string;
  dueOn: string;
  overdue: boolean;
  soft: boolean;
}

export interface ProjectSummary {
  status: ProjectStatus;
  /** The steps being worked on now, with their bodies. */
  current: string[];
  /** The earliest date the project must meet next: an open step's deadline or an obligation's due date. */
  next: DueItem | null;
  overdue: boolean;
}

export const PROJECT_STATUS_LABEL: Record<ProjectStatus, { label: string; color: string }> = {
  draft: { label: '草稿', color: 'default' },
  'in-progress': { label: '办理中', color: 'processing' },
  returned: { label: '退回补正', color: 'warning' },
  rejected: { label: '未通过', color: 'error' },
  refused: { label: '不予立项', color: 'error' },
  completed: { label: '已办结', color: 'success' },
};

/** What a list row says of a project: where it stands, what is due next, whether anything is overdue. */
export function summarise(project: Pick<ProjectView, 'state' | 'report'>): ProjectSummary {
  const report = project.report;
  if (project.state === 'draft' || !report) return { status: 'draft', current: [], next: null, overdue: false };
  const open = report.steps.filter((step) => step.state === 'active' || step.state === 'overdue' || step.state === 'returned');
  const due: DueItem[] = [
    ...open.flatMap((step) =>
      step.deadline?.dueOn
        ? [{ label: `${step.name}（${step.body.name}）`, dueOn: step.deadline.dueOn, overdue: step.state === 'overdue', soft: step.deadline.soft }]
        : [],
    ),
    ...report.obligations.flatMap((obligation) =>
      (obligation.state === 'open' || obligation.state === 'overdue') && obligation.dueOn
        ? [{ label: obligation.name, dueOn: obligation.dueOn, overdue: obligation.state === 'overdue', soft: obligation.soft }]
        : [],
    ),
  ].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  return {
    status: statusOf(report),
    current: open.map((step) => `${step.name}（${step.body.name}）`),
    next: due[0] ?? null,
    overdue: due.some((item) => item.overdue),
  };
}

function statusOf(report: DecisionReport): ProjectStatus {
  if (report.findings.some((finding) => finding.level === 'error' && finding.code.startsWith('gate'))) return 'refused';
  if (report.steps.some((step) => step.state === 'rejected')) return 'rejected';
  if (report.steps.some((step) => step.state === 'returned')) return 'returned';
  const applicable = report.steps.filter((step) => step.state !== 'skipped');
  if (applicable.length > 0 && applicable.every((step) => step.state === 'done')) return 'completed';
  return 'in-progress';
}
