import type { ConditionTrace, StepReport } from './decision-report.types';
import type { StepPlan } from './execution-plan.types';

/** The report of a step skipped or not started: shared by every project whose condition reads the same (key ≥ 0). */
export function unstartedReport(planned: StepPlan, condition: ConditionTrace | undefined, key: number): StepReport {
  if (key < 0) return stepReport(planned, condition);
  const kept = planned.unstarted.get(key);
  if (kept) return kept;
  const report = stepReport(planned, condition);
  if (report.deadline) Object.freeze(report.deadline);
  return planned.unstarted.keep(key, Object.freeze(report));
}

/** A step's report before its events are folded in: what the document says, and its condition if it has one. */
export function stepReport(planned: StepPlan, condition: ConditionTrace | undefined): StepReport {
  const { step, stage, body, after, citeText } = planned;
  // Written out for each combination so that every report has its keys in the same order, without spreads.
  const state = condition?.result === false ? 'skipped' : 'waiting';
  const deadline = planned.deadlineText !== undefined && step.deadline ? { text: planned.deadlineText, soft: step.deadline.soft, provisional: false } : undefined;
  if (condition) {
    return deadline
      ? { id: step.id, name: step.name, stage, body, state, condition, after: after as string[], deadline, cite: step.cite, citeText }
      : { id: step.id, name: step.name, stage, body, state, condition, after: after as string[], cite: step.cite, citeText };
  }
  return deadline
    ? { id: step.id, name: step.name, stage, body, state, after: after as string[], deadline, cite: step.cite, citeText }
    : { id: step.id, name: step.name, stage, body, state, after: after as string[], cite: step.cite, citeText };
}
