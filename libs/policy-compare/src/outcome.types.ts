import type { Finding, DecisionReport } from '@banfa/policy-runtime';
import type { ApprovalTime } from './approval.projection';
import type { ColumnHeader } from './column.types';
import type { ProjectSummary } from './project.describe';
import type { ComparisonRow, ComparisonSection, Phase } from './comparison.types';

/** One column's answer for the sample project. */
export interface ColumnOutcome {
  column: string;
  /** The full decision report; absent when the policy could not be evaluated (see `error`). */
  report?: DecisionReport;
  /** Why the policy could not be evaluated at all (the other columns are not affected). */
  error?: string;
  /** No gate says the regulation does not apply (不适用本办法). */
  applicable: boolean;
  /** In force on the comparison date (a draft or an expired trial still evaluates, with a finding). */
  inForce: boolean;
  /** Why it applies or not, in Chinese, with the articles. */
  applicability: string;
  track: { id: string; name: string; citeText: string; condition?: string } | null;
  /** Why this track and not the ones before it: each condition with its result and article. */
  trackExplanation: string[];
  /** The steps on the project's path that are not skipped, by phase. */
  steps: Array<{ id: string; name: string; phase: Phase; body: { name: string; catalogueKey: string }; state: string; deadline?: string; dueOn?: string; citeText: string }>;
  approval: ApprovalTime | null;
  /** Attachments required (true) or depending on facts not given ('unknown'), by phase. */
  attachments: Array<{ id: string; name: string; phase: Phase; required: true | 'unknown'; citeText: string }>;
  obligations: Array<{ id: string; name: string; schedule: string; state: string; dueOn?: string; citeText: string }>;
  findings: Finding[];
  facts: {
    /** Facts of the project this policy does not read. */
    unknown: string[];
    /** Facts whose value has the wrong type for this policy (left out). */
    invalid: Array<{ key: string; label: string; message: string }>;
    /** Facts this policy needed for a decision that the project does not give. */
    missing: Array<{ key: string; label: string }>;
  };
}

/** compareOutcomes: one sample project through every column's policy, side by side. */
export interface OutcomeComparison {
  at: string;
  columns: ColumnHeader[];
  /** The sample project as people read it. */
  project: ProjectSummary;
  outcomes: ColumnOutcome[];
  sections: ComparisonSection[];
  rows: ComparisonRow[];
}
