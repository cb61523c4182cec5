/**
 * The kinds of dated events a project records. The runtime folds them into the state of every step.
 * A deadline counts from one of these, or from `started`: the day its step became active.
 */
export const PROJECT_EVENT_KINDS = [
  'submitted',
  'stepCompleted',
  'approvalIssued',
  'contractSigned',
  'constructionStarted',
  'constructionCompleted',
  'initialAcceptance',
  'goLive',
  'acceptanceApplied',
  'accepted',
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
}
