import type { ConditionTrace, StepReport, StepState } from './decision-report.types';
import type { StepPlan } from './execution-plan.types';
import { deadlineAnswer } from './step-decision.build';
import type { StepProgress } from './steps.fold';

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
export function stepReport(
  planned: StepPlan,
  condition: ConditionTrace | undefined,
  state: StepState = condition?.result === false ? 'skipped' : 'waiting',
  deadline: StepProgress['deadline'] = deadlineAnswer(planned),
): StepReport {
  const { step, stage, body, after, citeText } = planned;
  // Written out for each combination so that every report has its keys in the same order, without spreads.
  if (condition) {
    return deadline
      ? { id: step.id, name: step.name, stage, body, state, condition, after: after as string[], deadline, cite: step.cite, citeText }
      : { id: step.id, name: step.name, stage, body, state, condition, after: after as string[], cite: step.cite, citeText };
  }
  return deadline
    ? { id: step.id, name: step.name, stage, body, state, after: after as string[], deadline, cite: step.cite, citeText }
    : { id: step.id, name: step.name, stage, body, state, after: after as string[], cite: step.cite, citeText };
}

/**
 * The report of a step under way or done, as the fold starts it: its state, the day it started and the day it was
 * done by its event (keys in that order, as the events give them), and the deadline the fold gives its due date.
 */
export function startedReport(
  planned: StepPlan,
  condition: ConditionTrace | undefined,
  state: 'active' | 'done',
  startedOn: string | undefined,
  doneOn: string | undefined,
  deadline: StepProgress['deadline'],
): StepReport {
  const report = stepReport(planned, condition, state, deadline);
  // Added here, where they meet reports only, not in the fold, where they would meet decisions too (see foldSteps).
  if (startedOn !== undefined) report.startedOn = startedOn;
  if (doneOn !== undefined) report.doneOn = doneOn;
  return report;
}
