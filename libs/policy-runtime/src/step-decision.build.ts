import type { AttachmentDecision, StepDecision } from './decisions.types';
import type { AttachmentPlan, StepPlan } from './execution-plan.types';

/** A step's decision before its events are folded in (the plan keeps a frozen one for `waiting` and `skipped`). */
export function stepDecision(planned: Pick<StepPlan, 'step' | 'stage' | 'body' | 'deadlineText' | 'citeText'>, state: 'waiting' | 'skipped'): StepDecision {
  const { step, stage, body, citeText } = planned;
  // Written out for each case so that every decision has its keys in the same order, without spreads.
  return planned.deadlineText !== undefined && step.deadline
    ? { id: step.id, name: step.name, stage, body, state, deadline: { text: planned.deadlineText, soft: step.deadline.soft, provisional: false }, citeText }
    : { id: step.id, name: step.name, stage, body, state, citeText };
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
