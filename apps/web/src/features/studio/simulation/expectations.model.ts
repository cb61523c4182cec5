import type { PolicyDocument } from '@banfa/policy-model';
import type { DecisionReport } from '@banfa/policy-runtime';
import type { Scenario } from '@banfa/policy-testing';
import type { ExpectationEdits } from './scenario-file.edit';

/**
 * What the report says, written as a scenario's expectations: the track, every step's state, every due date it
 * names, and the attachments required (in the report's order, as the runner compares them).
 */
export function expectationsFromReport(report: DecisionReport): Required<ExpectationEdits> {
  return {
    track: report.track?.id ?? null,
    steps: Object.fromEntries(report.steps.map((step) => [step.id, step.state])),
    dueOn: Object.fromEntries(report.steps.flatMap((step) => (step.deadline?.dueOn ? [[step.id, step.deadline.dueOn]] : []))),
    attachments: report.attachments.filter((attachment) => attachment.required === true).map((attachment) => attachment.id),
  };
}

/** The expectations of a scenario the studio edits (the others stay as written). */
export function editableExpectations(scenario: Scenario): ExpectationEdits {
  const { track, steps, dueOn, attachments } = scenario.expect;
  return {
    ...(track !== undefined ? { track } : {}),
    ...(steps ? { steps: { ...steps } } : {}),
    ...(dueOn ? { dueOn: { ...dueOn } } : {}),
    ...(attachments ? { attachments: [...attachments] } : {}),
  };
}

/**
 * Attachment ids in the order the runner compares them: the report's order (the attachments of the track, stage by
 * stage), then the document's for any the report does not list.
 */
export function orderAttachments(ids: ReadonlyArray<string>, report: DecisionReport | null, doc: PolicyDocument): string[] {
  const order = new Map<string, number>();
  for (const attachment of report?.attachments ?? []) if (!order.has(attachment.id)) order.set(attachment.id, order.size);
  for (const stage of doc.stages) for (const attachment of stage.attachments) if (!order.has(attachment.id)) order.set(attachment.id, order.size);
  return [...new Set(ids)].sort((a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER));
}
