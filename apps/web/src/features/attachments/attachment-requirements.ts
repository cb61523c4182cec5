import type { AttachmentView } from '@banfa/api-contract';
import type { AttachmentReport, DecisionReport } from '@banfa/policy-runtime';

export interface Requirement {
  report: AttachmentReport;
  files: AttachmentView[];
  /** The application form itself: filled in online, so it needs no file (a stamped scan may be added). */
  filledOnline: boolean;
  /** Due in a stage the project has not reached yet (验收报告 while it is being approved). */
  later: boolean;
}

const WORKED_ON = new Set(['active', 'overdue', 'returned']);

/**
 * The stages whose materials are due now: every stage up to the furthest one with a step being worked on (or, when
 * nothing is, the furthest with a step done) — the first stage for a draft's preview, which starts at submission.
 */
export function reachedStages(report: DecisionReport): Set<string> {
  const order = [...new Set(report.steps.map((step) => step.stage.id))];
  const furthest = (states: (state: string) => boolean) =>
    Math.max(-1, ...report.steps.filter((step) => states(step.state)).map((step) => order.indexOf(step.stage.id)));
  const reached = Math.max(furthest((state) => WORKED_ON.has(state)), furthest((state) => state === 'done'), 0);
  return new Set(order.slice(0, reached + 1));
}

/** The report's attachment requirements with the files uploaded for each. */
export function requirementsWithFiles(report: DecisionReport, files: readonly AttachmentView[], applicationFormId: string): Requirement[] {
  const reached = reachedStages(report);
  return report.attachments.map((attachment) => ({
    report: attachment,
    files: files.filter((file) => file.requirementId === attachment.id),
    filledOnline: attachment.form !== undefined && attachment.form === applicationFormId,
    later: !reached.has(attachment.stage.id),
  }));
}

/** Required materials of the stages reached with no file yet (the application form filled in online counts as given). */
export function missingRequired(requirements: readonly Requirement[]): Requirement[] {
  return requirements.filter((requirement) => !requirement.later && requirement.report.required === true && !requirement.filledOnline && requirement.files.length === 0);
}
