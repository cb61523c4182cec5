import type { Citation, PolicyStatus, StepOutcome } from '@banfa/policy-model';

/** A fact value as shown to people: money in 万元 with its unit, booleans as 是/否. */
export interface FactReading {
  key: string;
  label: string;
  value: string | null;
}

/** One evaluated condition: what it said, what it read, what it gave, and the law behind it. */
export interface ConditionTrace {
  /** Where the condition sits in the policy, e.g. "tracks.filing.when". */
  source: string;
  /** The condition in words, e.g. "项目总投资 ≤ 50万元" or the CEL text. */
  text: string;
  result: boolean | 'unknown';
  facts: FactReading[];
  cite: Citation;
  citeText: string;
  /** Ambiguity settings the condition depends on. */
  settings: string[];
}

export type StepState = 'waiting' | 'active' | 'done' | 'skipped' | 'overdue' | 'returned' | 'rejected';

export interface StepReport {
  id: string;
  name: string;
  stage: { id: string; name: string };
  body: { id: string; name: string; catalogueKey: string };
  state: StepState;
  /** Why the step applies or is skipped (its condition), when it has one. */
  condition?: ConditionTrace;
  after: string[];
  startedOn?: string;
  /** After a return for correction (补正): when the corrected material came back. */
  resubmittedOn?: string;
  doneOn?: string;
  outcome?: StepOutcome;
  reason?: string;
  deadline?: {
    /** "原则上5个工作日内" */
    text: string;
    /** "5个工作日，自2025-09-30起算" once the start is known. */
    basis?: string;
    dueOn?: string;
    soft: boolean;
    provisional: boolean;
  };
  cite: Citation;
  citeText: string;
}

export interface AttachmentReport {
  id: string;
  name: string;
  stage: { id: string; name: string };
  required: boolean | 'unknown';
  condition?: ConditionTrace;
  form?: string;
  cite: Citation;
  citeText: string;
}

export type ObligationState = 'waiting' | 'open' | 'fulfilled' | 'overdue' | 'ended' | 'unknown';

/** A duty with a date: a report, a filing, a window, with its next due date. */
export interface ObligationReport {
  id: string;
  name: string;
  body: { id: string; name: string };
  to: Array<{ id: string; name: string }>;
  state: ObligationState;
  /** "每季度末", "合同签订后5个工作日内" */
  schedule: string;
  /** The next (or the one) due date; for a window, its latest day. */
  dueOn?: string;
  /** For a window (12至24个月): the earliest day. */
  earliestOn?: string;
  basis?: string;
  soft: boolean;
  provisional: boolean;
  condition?: ConditionTrace;
  cite: Citation;
  citeText: string;
}

export type FindingLevel = 'info' | 'warning' | 'error';

export interface Finding {
  level: FindingLevel;
  code: string;
  /** The policy element the finding comes from (a gate id, a step id …). */
  source?: string;
  message: string;
  cite?: Citation;
  citeText?: string;
}

/**
 * What evaluate() answers. Parts that do not depend on the project, or only on facts read as 是/否 or an option,
 * are shared between reports and frozen (see evaluate): treat a report as read-only, and copy it to change it.
 */
export interface DecisionReport {
  policy: { id: string; title: string; versionLabel: string; status: PolicyStatus; jurisdiction: string };
  at: string;
  applicability: { inForce: boolean; reason: string };
  track: {
    id: string;
    name: string;
    condition?: ConditionTrace;
    /** The tracks tried before this one, with the condition that did not hold. */
    notChosen: Array<{ id: string; name: string; condition: ConditionTrace }>;
    cite: Citation;
    citeText: string;
  } | null;
  steps: StepReport[];
  attachments: AttachmentReport[];
  obligations: ObligationReport[];
  findings: Finding[];
  /** Ambiguity settings the answer depended on, with the reading chosen. */
  settings: Array<{ id: string; question: string; reading: string; readingLabel: string; citeText: string }>;
  trace: ConditionTrace[];
}
