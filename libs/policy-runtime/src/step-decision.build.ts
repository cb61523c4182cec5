import type { AttachmentDecision, StepDecision } from './decisions.types';
import type { AttachmentPlan, StepPlan } from './execution-plan.types';
import type { StepProgress } from './steps.fold';

/** A step's deadline as an answer starts it, in words; the fold adds its due date once the step has started. */
export function deadlineAnswer(planned: Pick<StepPlan, 'step' | 'deadlineText'>): StepProgress['deadline'] {
  const deadline = planned.step.deadline;
  return planned.deadlineText !== undefined && deadline ? { text: planned.deadlineText, soft: deadline.soft, provisional: false } : undefined;
}

/** A step's decision before its events are folded in (the plan keeps a frozen one for `waiting` and `skipped`). */
export function stepDecision(
  planned: Pick<StepPlan, 'step' | 'stage' | 'body' | 'deadlineText' | 'citeText'>,
  state: StepDecision['state'],
  deadline: StepProgress['deadline'] = deadlineAnswer(planned),
): StepDecision {
  const { step, stage, body, citeText } = planned;
  // Written out for each case so that every decision has its keys in the same order, without spreads.
  return deadline ? { id: step.id, name: step.name, stage, body, state, deadline, citeText } : { id: step.id, name: step.name, stage, body, state, citeText };
}

/**
 * The decision of a step under way or done, as the fold starts it: its state, the day it started and the day it was
 * done by its event (keys in that order, as the report has them), and the deadline the fold gives its due date.
 */
export function startedDecision(
  planned: StepPlan,
  state: 'active' | 'done',
  startedOn: string | undefined,
  doneOn: string | undefined,
  deadline: StepProgress['deadline'],
): StepDecision {
  const decision = stepDecision(planned, state, deadline);
  // Added here, where they meet decisions only, not in the fold, where they would meet reports too (see foldSteps).
  if (startedOn !== undefined) decision.startedOn = startedOn;
  if (doneOn !== undefined) decision.doneOn = doneOn;
  return decision;
}

/** The frozen decisions of a step not started, for the plan. */
export function unstartedDecisions(planned: Parameters<typeof stepDecision>[0]): StepPlan['decided'] {
  const frozen = (decision: StepDecision) => {
    if (decision.deadline) Object.freeze(decision.deadline);
    return Object.freeze(decision);
  };
  return Object.freeze({ waiting: frozen(stepDecision(planned, 'waiting')), skipped: frozen(stepDecision(planned, 'skipped')) });
}

/** The frozen decisions of an attachment, one for each answer its condition can give, for the plan. */
export function attachmentDecisions(planned: Pick<AttachmentPlan, 'attachment' | 'stage' | 'citeText'>): AttachmentPlan['decided'] {
  const { attachment, stage, citeText } = planned;
  const { id, name, form } = attachment;
  const decision = (required: boolean | 'unknown'): AttachmentDecision =>
    Object.freeze(form ? { id, name, stage, required, form, citeText } : { id, name, stage, required, citeText });
  return Object.freeze({ required: decision(true), notRequired: decision(false), unknown: decision('unknown') });
}
