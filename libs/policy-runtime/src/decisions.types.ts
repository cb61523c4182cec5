import type { AttachmentReport, DecisionReport, StepReport } from './decision-report.types';

/**
 * A step as decide() gives it: its StepReport without the condition's trace entry, `after`, the citation object
 * and the deadline's basis in words. State, dates, outcome and due date are the report's, exactly.
 */
export type StepDecision = Omit<StepReport, 'condition' | 'after' | 'cite' | 'deadline'> & {
  deadline?: Omit<NonNullable<StepReport['deadline']>, 'basis'>;
};

/** An attachment as decide() gives it: its AttachmentReport without the condition's trace entry and the citation object. */
export type AttachmentDecision = Omit<AttachmentReport, 'condition' | 'cite'>;

/**
 * What decide() answers: the decisions of a regulation for a project — its track, the steps of the track with
 * their state and due dates, and the attachments with whether each is required — and nothing else: no trace, no
 * gates or findings, no obligations, no settings. Each decision is the one evaluate() reports for the same input
 * (a test and the bench hold them to that); a caller that shows or stores a report calls evaluate().
 *
 * Parts that do not depend on the project are shared between answers and frozen: treat an answer as read-only.
 */
export interface Decisions {
  policy: DecisionReport['policy'];
  at: string;
  /** The first track whose condition holds; null when none does or one could not be decided (a fact is missing). */
  track: { id: string; name: string } | null;
  /** In the document's order, as in the report. */
  steps: StepDecision[];
  /** Every attachment of the track, required or not, as in the report. */
  attachments: AttachmentDecision[];
}
