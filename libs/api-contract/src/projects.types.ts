import type { ProjectEventKind, StepOutcome } from '@banfa/policy-model';
import type { ChangeVerdict, DecisionReport } from '@banfa/policy-runtime';

/**
 * Requests and answers of the project endpoints beyond the project itself: drafts, events, review actions,
 * change requests, the reviewers' inbox and attachments. Money travels as decimal strings with their unit
 * ("80万元", "1200.50元"), never as a float.
 */

/** POST /api/projects: a draft under the policy in force; `submit: true` validates and submits it in one step. */
export interface CreateProjectRequest {
  /** The version the client's form was rendered from; refused (409) when another version is now in force. */
  policyVersionId?: string;
  formValues?: Record<string, unknown>;
  factAnswers?: Record<string, unknown>;
  submit?: boolean;
}

/** PUT /api/projects/:id: saves a draft; partial values are allowed until submission. */
export interface SaveDraftRequest {
  formValues: Record<string, unknown>;
  factAnswers: Record<string, unknown>;
  /** The lockVersion the client read; a stale one is refused (409) so no save overwrites another. */
  lockVersion: number;
}

/** POST /api/projects/:id/submit */
export interface SubmitDraftRequest {
  lockVersion: number;
}

/**
 * The kinds of events a department records itself (the others come from submission, review actions and changes).
 * stepCompleted here completes one of the department's own steps (a step the policy assigns to the applicant, such
 * as 合同备案), never a review body's.
 */
export type DepartmentEventKind = Exclude<ProjectEventKind, 'submitted' | 'changeRequested' | 'changeDecided'>;

/** POST /api/projects/:id/events */
export interface RecordEventRequest {
  kind: DepartmentEventKind;
  /** YYYY-MM-DD, China time: not before the submission, not in the future. */
  on: string;
  /** resubmitted: the step that was returned for correction (补正); stepCompleted: the department's own step. */
  step?: string;
  /** reportSubmitted: the obligation the report or filing fulfils. */
  obligation?: string;
  /** contractSigned: the contract amount with its unit, e.g. "80万元". */
  amount?: string;
  note?: string;
}

export interface ProjectEventView {
  id: string;
  kind: string;
  on: string;
  step?: string;
  outcome?: StepOutcome;
  reason?: string;
  obligation?: string;
  amount?: string;
  note?: string;
  /** changeRequested / changeReviewed / changeDecided: the change request concerned. */
  changeId?: string;
  actorId: string | null;
  recordedAt: string;
}

/** POST /api/projects/:id/steps/:stepId/actions */
export interface StepActionRequest {
  outcome: StepOutcome;
  /** Required for return (补正) and reject. */
  reason?: string;
}

/** POST /api/projects/:id/changes: the lines of 附表3 项目变更单, as in scenario files. */
export interface ChangeRequestBody {
  /** YYYY-MM-DD; today when omitted. */
  on?: string;
  lines?: Array<{ old?: string; new?: string }>;
  newTotal?: string;
  changedAmount?: string;
  /** What changes and why (变更内容、变更依据). */
  description?: string;
  /** The change rule's own form as filled in (连平 附表3 项目变更单), kept with the request for the record and printing. */
  formValues?: Record<string, unknown>;
}

export type ChangeStatus = 'pending-approval' | 'approved' | 'refused' | 'allowed' | 'not-allowed';

export interface ChangeView {
  id: string;
  requestedOn: string;
  description: string | null;
  lines: Array<{ old?: string; new?: string }>;
  newTotal: string | null;
  changedAmount: string | null;
  /** The change rule's form as filled in (附表3), or null. */
  formValues: Record<string, unknown> | null;
  verdict: ChangeVerdict;
  /**
   * pending-approval: waiting for the bodies named in the verdict; approved / refused: decided by them;
   * allowed: within the limits and needing no approval; not-allowed: outside the rule (the verdict says what applies).
   */
  status: ChangeStatus;
  approvals: Array<{ body: { id: string; name: string; catalogueKey: string }; outcome: 'approve' | 'refuse' | null; on: string | null; reason: string | null }>;
  decidedOn: string | null;
}

/** POST /api/projects/:id/changes/:changeId/decisions */
export interface ChangeDecisionRequest {
  outcome: 'approve' | 'refuse';
  reason?: string;
}

/** One entry of a review body's inbox: an active step, or a change waiting for its approval. */
export interface InboxItem {
  kind: 'step' | 'change';
  project: { id: string; name: string; organisationName: string; jurisdictionCode: string; totalInvestment: string | null };
  body: { id: string; name: string; catalogueKey: string };
  step?: { id: string; name: string; stage: string; state: string; startedOn: string | null; resubmittedOn: string | null };
  change?: { id: string; requestedOn: string; message: string };
  /** "原则上5个工作日内" */
  deadlineText: string | null;
  dueOn: string | null;
  /** Working days from today to the due date (negative once overdue); null without a deadline. */
  workingDaysLeft: number | null;
  overdue: boolean;
  soft: boolean;
  provisional: boolean;
  citeText: string;
}

/** A decision report as stored when an event was recorded, with the policy version and hash it used. */
export interface DecisionReportRecord {
  id: string;
  policyVersionId: string;
  policyHash: string;
  asOf: string;
  eventId: string | null;
  computedAt: string;
  report: DecisionReport;
}

export interface AttachmentView {
  id: string;
  requirementId: string;
  requirementName: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}
