/**
 * The kinds of dated events a project records. The runtime folds them into the state of every step.
 * A deadline counts from one of these, or from `started`: the day its step became active.
 */
export const PROJECT_EVENT_KINDS = [
  /** 年度项目清单/计划报送 */
  'listSubmitted',
  /** 立项申报 submitted in Banfa */
  'submitted',
  'stepCompleted',
  /** 补正后重新提交 a step returned for correction */
  'resubmitted',
  /** 立项批复 / 备案 issued */
  'approvalIssued',
  'procurementCompleted',
  'contractSigned',
  'constructionStarted',
  'constructionCompleted',
  /** 初步验收 / 初验 */
  'initialAcceptance',
  /** 上线 */
  'goLive',
  /** 试运行开始 */
  'trialOperationStarted',
  'acceptanceApplied',
  /** 竣工验收 / 验收通过 */
  'accepted',
  'acceptanceReportFiled',
  'changeRequested',
  'changeDecided',
  'reportSubmitted',
  /** 年度预算执行结束 */
  'budgetYearEnded',
] as const;

export type ProjectEventKind = (typeof PROJECT_EVENT_KINDS)[number];

export const DEADLINE_ANCHORS: ReadonlyArray<string> = ['started', ...PROJECT_EVENT_KINDS];

export type StepOutcome = 'approve' | 'return' | 'reject';

export interface ProjectEvent {
  kind: ProjectEventKind;
  /** ISO date (YYYY-MM-DD) on which the event happened. */
  on: string;
  /** For stepCompleted: which step and how. */
  step?: string;
  outcome?: StepOutcome;
  reason?: string;
  /** For reportSubmitted: the obligation the report or filing fulfils. */
  obligation?: string;
}
